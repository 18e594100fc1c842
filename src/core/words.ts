/** English words shared by messages. */

/** "a" or "an" before a phrase, by its first letter ("an OpenStack series version", "a Ceph version"). */
export function aOrAn(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}
