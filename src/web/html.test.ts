import { describe, expect, it } from 'vitest';
import { escapeHtml, type HtmlValue, html, joinHtml, trustedHtml } from './html.js';

describe('the html template', () => {
  it('escapes every interpolated text, in text and in attributes', () => {
    const name = `<img src=x onerror="alert('x')"> & co`;
    expect(html`<td title="${name}">${name}</td>`.toString()).toBe(
      '<td title="&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co</td>',
    );
  });

  it('takes the result of another html call as it is (no double escaping)', () => {
    const cell = html`<td>${'a < b'}</td>`;
    expect(html`<tr>${cell}</tr>`.toString()).toBe('<tr><td>a &lt; b</td></tr>');
  });

  it('takes markup a helper vouches for (a chart) as it is', () => {
    expect(html`<div>${trustedHtml('<svg><text>R4</text></svg>')}</div>`.toString()).toBe('<div><svg><text>R4</text></svg></div>');
  });

  it.each<[string, HtmlValue, string]>([
    ['undefined', undefined, '<p></p>'],
    ['null', null, '<p></p>'],
    ['false (from `cond && html`)', false, '<p></p>'],
    ['a number', 42, '<p>42</p>'],
    ['a list, each item escaped', ['<a>', html`<b>`], '<p>&lt;a&gt;<b></p>'],
  ])('renders %s', (_what, value, expected) => {
    expect(html`<p>${value}</p>`.toString()).toBe(expected);
  });

  it('joins values with a separator', () => {
    expect(joinHtml(['R3', 'R4 & R4.1', html`<i>R5</i>`], ', ').toString()).toBe('R3, R4 &amp; R4.1, <i>R5</i>');
  });

  it('escapes the five characters that can end a text or an attribute', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
