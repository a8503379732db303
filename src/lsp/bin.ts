#!/usr/bin/env node
import { runServer } from './run.js';

runServer();
