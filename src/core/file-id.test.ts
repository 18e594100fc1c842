import { describe, expect, it } from 'vitest';
import { fileIdLike, fileIdProblem } from './file-id.js';

describe('an id that names a file (releases/<id>.yaml, products/<id>.yaml)', () => {
  it.each(['R4', 'R4.1', '2023.1', 'ceph', 'hashicorp-vault', 'scs_r5', 'a'])('%s can', (id) => {
    expect(fileIdProblem(id)).toBeUndefined();
  });

  it.each([
    ['../../escaped', 'it contains "/"'],
    ['R 4/1', 'it contains a space, "/"'],
    ['C:\\temp\\R4', 'it contains ":", "\\\\"'],
    ['.hidden', 'it starts with "."'],
    ['-R4', 'it starts with "-"'],
    ['', 'it is empty'],
    ['R4.history', 'it contains ".history", which marks history files'],
    ['x'.repeat(101), 'it is 101 characters long'],
  ])('%j cannot: %s', (id, reason) => {
    expect(fileIdProblem(id)).toBe(reason);
  });

  it('suggests an id of the allowed form close to a bad one', () => {
    expect(fileIdLike('R 4/1')).toBe('R-4-1');
    expect(fileIdLike('../../escaped')).toBe('escaped');
    expect(fileIdLike('R4.history')).toBe('R4.hist');
    expect(fileIdLike('///')).toBeUndefined();
  });
});
