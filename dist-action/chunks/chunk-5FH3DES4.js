import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
var FORMAT_NAMES=Object.freeze(["stylish","json","explain","github","html","sarif","junit"]);function isFormatName(name){return FORMAT_NAMES.includes(name)}function rulesMetaOf(rules){return Object.fromEntries(rules.map(rule=>[rule.meta.id,rule.meta]))}export{FORMAT_NAMES,isFormatName,rulesMetaOf};
