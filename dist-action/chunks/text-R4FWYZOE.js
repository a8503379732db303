import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{parseMarkdownText}from"./chunk-2GBKTWNK.js";import"./chunk-HERLZH3D.js";import"./chunk-DW46ECII.js";import"./chunk-S2O6NEJW.js";export{parseMarkdownText};
