import { describe, expect, it } from 'vitest';
import { closest } from './suggest.js';

describe('closest', () => {
  it.each([
    ['cepth', ['openstack', 'ovs', 'ceph', 'image/mariadb'], 'ceph'],
    ['zedd', ['yoga', 'zed', 'antelope'], 'zed'],
    ['Pacfic', ['quincy', 'pacific', 'reef'], 'pacific'],
  ])('suggests %s → %s first', (word, candidates, first) => {
    expect(closest(word, candidates)[0]).toBe(first);
  });
});
