/*
 * A lint worker whose outcome-evidence rule never finishes on a file named
 * frozen.md, frozen.docx or frozen.pdf and holds ever more memory on one named balloon.md: the faults a
 * budget exists for, put where no exception can end them. Loaded by the
 * worker thread as Node runs it, so it reads the compiled rules and core
 * (npm test builds them first).
 */
import { serveLints } from '../../dist/src/cli/serve.js';
import { rules } from '../../dist/rules/index.js';

function faulty(rule) {
  return {
    ...rule,
    create(context) {
      const handlers = rule.create(context);
      return {
        ...handlers,
        end() {
          if (/frozen\.(?:md|docx|pdf)$/.test(context.filePath)) for (;;);
          if (context.filePath.endsWith('balloon.md')) {
            const hoard = [];
            for (;;) hoard.push(new Array(100_000).fill(hoard.length));
          }
          handlers.end?.();
        },
      };
    },
  };
}

serveLints(rules.map((rule) => (rule.meta.id === 'outcome-evidence' ? faulty(rule) : rule)));
