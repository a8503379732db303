import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{lintBuffer,lintFile,lintFiles,lintRead,resolveConfig,rules}from"./chunk-EJ2NZAPH.js";import"./chunk-X73ZYASW.js";import"./chunk-KEYLA6M4.js";import"./chunk-MQ24HIWK.js";import"./chunk-7GWBTLUT.js";import"./chunk-BJ4455L4.js";import"./chunk-5RGOCW6U.js";import"./chunk-2GBKTWNK.js";import"./chunk-HERLZH3D.js";import"./chunk-DW46ECII.js";import"./chunk-S2O6NEJW.js";export{lintBuffer,lintFile,lintFiles,lintRead,resolveConfig,rules};
