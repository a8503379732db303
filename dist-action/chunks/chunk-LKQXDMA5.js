import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
var CONTROL=/[\u0000-\u001f\u007f-\u009f]/gu,NAMED={"\n":"\\n","\r":"\\r","	":"\\t"};function escapeControl(text){return text.replace(CONTROL,char=>NAMED[char]??`\\x${char.charCodeAt(0).toString(16).padStart(2,"0")}`)}export{escapeControl};
