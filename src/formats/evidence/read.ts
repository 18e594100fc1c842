/**
 * Reading evidence files: whole (JSON, YAML, CSV, text: the input-file limit of src/files) or as
 * a stream (JUnit XML: a byte limit of its own, UPKEEP_MAX_STREAM_MB, default 1024 MB).
 */
import { createReadStream, statSync } from 'node:fs';
import { UpkeepError } from '../../core/errors.js';
import { readText } from '../../files/yaml-file.js';

export const MAX_STREAM_MB = 1024;

export function maxStreamBytes(): number {
  const mb = Number(process.env.UPKEEP_MAX_STREAM_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : MAX_STREAM_MB) * 1024 * 1024;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(file: string, size: number, max: number, what: string): UpkeepError {
  return new UpkeepError(
    'UPK_FILE_UNREADABLE',
    `${file} is ${megabytes(size)}; upkeep streams ${what} files up to ${megabytes(max)}`,
    `check that it is the ${what} file you meant; to read a larger one, set UPKEEP_MAX_STREAM_MB (e.g. UPKEEP_MAX_STREAM_MB=${Math.ceil(size / 1024 / 1024) + 1})`,
    { file },
  );
}

/** The whole file as text, through the input-file limits (missing, folder, too large, binary). */
export function readEvidenceText(file: string, what: string, onProgress?: (bytes: number) => void): string {
  const text = readText(file, what);
  onProgress?.(Buffer.byteLength(text));
  return text;
}

/**
 * The file as UTF-8 text chunks of 1 MiB, with the stream limit checked before reading and while
 * reading (a file that grows), and a binary file (a NUL in the first chunk) refused.
 */
export async function* textChunks(file: string, what: string, onProgress?: (bytes: number) => void): AsyncGenerator<string> {
  const max = maxStreamBytes();
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UpkeepError('UPK_FILE_UNREADABLE', `${file} is a folder, not a file`, `name the ${what} file inside it`, { file });
    size = stat.size;
  } catch (e) {
    if (e instanceof UpkeepError) throw e;
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new UpkeepError('UPK_FILE_NOT_FOUND', `${file} does not exist`, `check the path of the ${what} file (it is relative to the current directory)`, {
        file,
      });
    throw new UpkeepError('UPK_FILE_UNREADABLE', `cannot read ${file}: ${(e as Error).message}`, 'check the file permissions', { file });
  }
  if (size > max) throw tooLarge(file, size, max, what);
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  let first = true;
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (stream.bytesRead > max) throw tooLarge(file, stream.bytesRead, max, what);
      if (first && chunk.subarray(0, 8192).includes(0))
        throw new UpkeepError('UPK_FILE_UNREADABLE', `${file} is a binary file, not a text file`, `give the ${what} file itself (unpacked, as UTF-8 text)`, {
          file,
        });
      let text = decoder.decode(chunk, { stream: true });
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
      onProgress?.(stream.bytesRead);
      yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    stream.destroy();
  }
}
