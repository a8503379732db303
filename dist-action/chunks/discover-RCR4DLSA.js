import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{discoverFiles}from"./chunk-NMPNC6QO.js";import"./chunk-7S6SP7AX.js";import"./chunk-DW46ECII.js";import"./chunk-S2O6NEJW.js";export{discoverFiles};
