import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{formatResults}from"./chunk-46ER2XYA.js";import"./chunk-MQ24HIWK.js";import"./chunk-2UV34DXR.js";import{FORMAT_NAMES,isFormatName,rulesMetaOf}from"./chunk-5FH3DES4.js";import"./chunk-LKQXDMA5.js";import"./chunk-S2O6NEJW.js";export{FORMAT_NAMES,formatResults,isFormatName,rulesMetaOf};
