#!/usr/bin/env node
// Writes docs/examples/notice-<audience>.md: the notice of each audience for the SCS example, as
// `upkeep notice` prints it (test/notice-examples.test.ts checks them for drift). Run after `npm run build`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { buildNotices } = await import('../dist/app/notice.js');
const { noticeExample, NOTICE_EXAMPLES } = await import('../dist/render/notice-examples.js');
const { renderNoticeMarkdown } = await import('../dist/render/notice-markdown.js');

for (const example of NOTICE_EXAMPLES) {
  const view = await buildNotices(`${root}${example.workspace}`, { audience: example.audience, asOf: example.asOf });
  writeFileSync(new URL(`../${example.file}`, import.meta.url), noticeExample(example, renderNoticeMarkdown(view), root));
}
console.log(`wrote ${NOTICE_EXAMPLES.map((e) => e.file).join(', ')}`);
