/** docs/design.md "Stable ids": these slugs are a contract with users' configs, in the order of section 31. */
export const PRINCIPLE_IDS = [
  'wellbeing',
  'integrated',
  'needs-of-users',
  'needs-of-areas',
  'characteristics',
  'rights',
  'dignity',
  'participation',
  'safety',
  'quality',
  'local-engagement',
  'prevention',
  'resources',
];
