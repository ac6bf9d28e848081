// The grid's undo and redo stacks (Ctrl+Z, Ctrl+Y): one entry per saved user action. An
// entry leaves its stack only once its undo or redo is saved, so one the server refuses
// (someone else changed the row) can be tried again; each move may replace the entry by one
// that knows the versions the write made.

export class UndoHistory<Entry> {
  private readonly undos: Entry[] = [];
  private readonly redos: Entry[] = [];

  constructor(private readonly limit = 100) {}

  /** A new action: it can be undone, and what was undone can no longer be redone. */
  record(entry: Entry): void {
    this.undos.push(entry);
    if (this.undos.length > this.limit) this.undos.shift();
    this.redos.length = 0;
  }

  nextUndo(): Entry | undefined {
    return this.undos.at(-1);
  }

  nextRedo(): Entry | undefined {
    return this.redos.at(-1);
  }

  /** `entry` was undone: `redo` is what redoing it takes. */
  undone(entry: Entry, redo: Entry): void {
    remove(this.undos, entry);
    this.redos.push(redo);
  }

  /** `entry` was redone: `undo` is what undoing it again takes. */
  redone(entry: Entry, undo: Entry): void {
    remove(this.redos, entry);
    this.undos.push(undo);
  }

  get sizes(): { undo: number; redo: number } {
    return { undo: this.undos.length, redo: this.redos.length };
  }
}

function remove<T>(stack: T[], entry: T): void {
  const index = stack.lastIndexOf(entry);
  if (index >= 0) stack.splice(index, 1);
}
