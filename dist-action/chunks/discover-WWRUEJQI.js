import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{discoverFiles}from"./chunk-EC4FPJ5W.js";import"./chunk-YXJ5U527.js";import"./chunk-DW46ECII.js";import"./chunk-S2O6NEJW.js";export{discoverFiles};
