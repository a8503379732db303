import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{lintBuffer,lintFile,lintFiles,lintRead,loadConfig,rules}from"./chunk-VB4E6Z2W.js";import"./chunk-2PA57EFY.js";import"./chunk-LN3ZC5HA.js";import"./chunk-NGMONSF2.js";import"./chunk-X73ZYASW.js";import"./chunk-BJ4455L4.js";import"./chunk-PHVDH5OQ.js";import"./chunk-2AZ4JTN2.js";import"./chunk-DW46ECII.js";import"./chunk-S2O6NEJW.js";export{lintBuffer,lintFile,lintFiles,lintRead,loadConfig,rules};
