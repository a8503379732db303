import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{lintBuffer,lintFile,lintFiles,lintRead,resolveConfig,rules}from"./chunk-ACTJ6E4E.js";import"./chunk-574SKTPS.js";import"./chunk-MQ24HIWK.js";import"./chunk-7GWBTLUT.js";import"./chunk-XJUHSBPK.js";import"./chunk-JIIDA3MX.js";import"./chunk-NGMONSF2.js";import"./chunk-DW46ECII.js";import"./chunk-X73ZYASW.js";import"./chunk-BJ4455L4.js";import"./chunk-S2O6NEJW.js";export{lintBuffer,lintFile,lintFiles,lintRead,resolveConfig,rules};
