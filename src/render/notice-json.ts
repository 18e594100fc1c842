import type { NoticeView } from '../core/notice/types.js';
import { findingJson } from './json.js';
import { entryText } from './notice-words.js';

/** Version of the notice's JSON document. Bump on any incompatible change. */
const NOTICE_SCHEMA = 'upkeep.notice/v1';

/** The view model as JSON: findings in the check document's shape, feed entries with their words. */
export function renderNoticeJson(view: NoticeView): string {
  const { findings, feed, names: _names, ...rest } = view;
  const doc = {
    schema: NOTICE_SCHEMA,
    ...rest,
    findings: findings.map((f) => findingJson(f, (id) => view.names[id])),
    feed: feed.map((e) => ({ id: e.id, updated: e.updated, kind: e.item.kind, ...entryText(e, view) })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
