/*
 * The server as the bin runs it, with one more rule that misbehaves on a
 * plan saying BOOM: it writes to standard output, logs to the console and
 * then throws, the faults a stray rule or dependency could bring. Run as
 * Node runs it, so it reads the compiled server and rules (npm test builds
 * them first).
 */
import console from 'node:console';
import process from 'node:process';
import { runServer } from '../../../dist/src/lsp/run.js';
import { rules } from '../../../dist/rules/index.js';

const misbehaving = {
  meta: {
    id: 'misbehaves-on-boom',
    type: 'problem',
    docs: { description: 'misbehaves', url: 'https://example.org/misbehaves-on-boom' },
    severity: 'error',
    messages: { boom: 'never reported' },
  },
  create(context) {
    return {
      end() {
        if (!context.document.blocks.some((block) => block.text.includes('BOOM'))) return;
        process.stdout.write('a stray write\n');
        console.log('a stray log');
        console.info('a stray info');
        throw new Error('the rule broke');
      },
    };
  },
};

runServer(process.argv.slice(2), { rules: [...rules, misbehaving] });
