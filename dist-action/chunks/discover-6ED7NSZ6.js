import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{discoverFiles}from"./chunk-JXHRPD3O.js";import"./chunk-JIAKXEOK.js";import"./chunk-DW46ECII.js";import"./chunk-S2O6NEJW.js";export{discoverFiles};
