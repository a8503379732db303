import { describe, expect, test } from 'vitest';
import { StatusTracker, statusView } from '../../editors/vscode/src/status.js';

describe("the VS Code status bar item's text", () => {
  test.each([
    ['ok', '$(check) planlint', false],
    ['linting', '$(sync~spin) planlint', false],
    ['error', '$(error) planlint', true],
  ] as const)('%s', (state, text, error) => {
    const view = statusView({ state, message: 'planlint.config.json: "rules" must be an object' });
    expect(view).toEqual({ text, error, tooltip: 'planlint: planlint.config.json: "rules" must be an object\nClick to show planlint\'s output.' });
  });

  test('names the state when the server sends no message', () => {
    expect(statusView({ state: 'linting', message: '' }).tooltip).toBe("planlint: linting\nClick to show planlint's output.");
  });
});

describe('the status shown for the active document', () => {
  const a = 'file:///north/plan.md';
  const b = 'file:///south/plan.md';

  test("one folder's bad config does not mark another folder's document", () => {
    const tracker = new StatusTracker({ state: 'ok', message: 'ready' });
    tracker.update({ state: 'error', message: 'bad config', uri: b });
    tracker.update({ state: 'ok', message: '12 findings', uri: a });
    expect(tracker.current(a)).toEqual({ state: 'ok', message: '12 findings', uri: a });
    expect(tracker.current(b)).toEqual({ state: 'error', message: 'bad config', uri: b });
  });

  test('a document planlint has not reported on, or no document, shows the workspace-wide status', () => {
    const tracker = new StatusTracker({ state: 'linting', message: 'starting the server' });
    tracker.update({ state: 'ok', message: '3 findings', uri: a });
    expect(tracker.current(b)).toEqual({ state: 'linting', message: 'starting the server' });
    expect(tracker.current(undefined)).toEqual({ state: 'linting', message: 'starting the server' });
    tracker.update({ state: 'error', message: 'a fault in planlint' });
    expect(tracker.current(b)).toEqual({ state: 'error', message: 'a fault in planlint' });
    expect(tracker.current(a)).toEqual({ state: 'ok', message: '3 findings', uri: a });
  });

  test('a closed document falls back to the workspace-wide status', () => {
    const tracker = new StatusTracker({ state: 'ok', message: 'ready' });
    tracker.update({ state: 'error', message: 'bad config', uri: a });
    tracker.forget(a);
    expect(tracker.current(a)).toEqual({ state: 'ok', message: 'ready' });
  });
});
