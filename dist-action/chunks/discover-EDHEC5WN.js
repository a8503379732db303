import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{discoverFiles}from"./chunk-PHVDH5OQ.js";import"./chunk-2AZ4JTN2.js";import"./chunk-DW46ECII.js";import"./chunk-S2O6NEJW.js";export{discoverFiles};
