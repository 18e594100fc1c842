import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNotices } from '../src/app/notice.js';
import { NOTICE_EXAMPLES, noticeExample } from '../src/render/notice-examples.js';
import { renderNoticeMarkdown } from '../src/render/notice-markdown.js';
import { repoRoot } from './paths.js';

describe('docs/examples: one notice per audience for the SCS example', () => {
  it.each(NOTICE_EXAMPLES.map((e) => [e.audience, e] as const))(
    '%s is what `upkeep notice` writes now (npm run docs, or UPDATE_DOCS=1, rewrites it)',
    async (_audience, example) => {
      const view = await buildNotices(join(repoRoot, example.workspace), { audience: example.audience, asOf: example.asOf as never });
      const text = noticeExample(example, renderNoticeMarkdown(view), repoRoot);
      const file = join(repoRoot, example.file);
      if (process.env.UPDATE_DOCS === '1') writeFileSync(file, text);
      expect(readFileSync(file, 'utf8'), `${example.file} is stale: run npm run docs`).toBe(text);
    },
    60_000,
  );
});
