import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{parseMarkdownText}from"./chunk-JIIDA3MX.js";import"./chunk-NGMONSF2.js";import"./chunk-DW46ECII.js";import"./chunk-S2O6NEJW.js";export{parseMarkdownText};
