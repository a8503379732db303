import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
var InputError=class extends Error{name="InputError"};function formatBytes(bytes){return bytes>=1024*1024?`${(bytes/(1024*1024)).toFixed(1)} MB`:bytes>=1024?`${(bytes/1024).toFixed(1)} KB`:`${bytes} bytes`}export{InputError,formatBytes};
