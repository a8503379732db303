import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{discoverFiles}from"./chunk-KEYLA6M4.js";import"./chunk-5RGOCW6U.js";import"./chunk-DW46ECII.js";import"./chunk-S2O6NEJW.js";export{discoverFiles};
