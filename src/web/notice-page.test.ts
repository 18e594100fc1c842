import { describe, expect, it } from 'vitest';
import { cycle, d, WorkspaceBuilder } from '../../test/builders.js';
import { noticeOf } from '../core/notice/build.js';
import { noticePageModel, renderNoticePage } from './notice-page.js';

const ws = new WorkspaceBuilder()
  .product('store', 'semver', [cycle('1.0', '2021-01-10', '2023-06-01')])
  .component('store', 'store')
  .release('R1', '2023-03-22', '2023-11-05', { store: '1.0.1' })
  .commitment({ release: 'R1', component: 'store', by: 'partner', partner: 'Example <GmbH> & Co', scope: 'bug-fixes', until: '2023-11-05' })
  .build();

const page = (audience: 'public' | 'operators') =>
  renderNoticePage(noticePageModel(noticeOf(ws, { audience, asOf: d('2023-03-20') }), { atom: 'notices-public.atom', ics: 'notices-public.ics' }));

describe('the notice page', () => {
  it('is a self-contained page on the layout: strict policy, no script, escaped text', () => {
    const html = page('public');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/<script/);
    expect(html).toContain('Example &lt;GmbH&gt; &amp; Co (commercial, bug fixes)');
    expect(html).toContain('<a href="notices-public.atom">Atom feed</a>');
  });

  it('the public page has the promise table and no to-do list; the operators page has both', () => {
    expect(page('public')).not.toContain('What to do by when');
    expect(page('operators')).toMatch(/<h2>What to do by when<\/h2>\n<ul>\n<li><span class="by">by 2023-06-01<\/span>/);
    expect(page('operators')).toContain('<th scope="col">Maintained by</th>');
  });
});
