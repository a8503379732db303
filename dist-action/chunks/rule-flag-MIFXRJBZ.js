import { createRequire as __planlintRequire } from 'node:module';
const require = __planlintRequire(import.meta.url);
import{parseRuleFlag,validateCliRules}from"./chunk-X73ZYASW.js";import"./chunk-BJ4455L4.js";import"./chunk-S2O6NEJW.js";export{parseRuleFlag,validateCliRules};
