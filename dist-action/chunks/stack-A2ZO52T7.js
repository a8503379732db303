import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{lintBuffer,lintFile,lintFiles,lintRead,resolveConfig,rules}from"./chunk-ECIFKNAO.js";import"./chunk-MQ24HIWK.js";import"./chunk-7GWBTLUT.js";import"./chunk-P4X5OEIT.js";import"./chunk-NGMONSF2.js";import"./chunk-X73ZYASW.js";import"./chunk-BJ4455L4.js";import"./chunk-VRM4PAM3.js";import"./chunk-J6KNREYB.js";import"./chunk-DW46ECII.js";import"./chunk-S2O6NEJW.js";export{lintBuffer,lintFile,lintFiles,lintRead,resolveConfig,rules};
