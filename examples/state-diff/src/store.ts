/**
 * A small task board whose state is a graph: every task points back to its project, users live in
 * a Map keyed by id, tags are a Set, due dates are Dates, and comments nest as deep as people reply.
 * Actions change the state in place, as many stores (and most hand-written code) do.
 */

export interface User {
  name: string;
  active: boolean;
}

export interface Comment {
  text: string;
  reply?: Comment;
}

export interface Task {
  title: string;
  done: boolean;
  due: Date;
  tags: Set<string>;
  project: Project;
  assignee?: string;
  thread?: Comment;
}

export interface Project {
  name: string;
  tasks: Task[];
}

export interface BoardState {
  project: Project;
  users: Map<string, User>;
  filter: { showDone: boolean; tag?: string };
}

export type Action =
  | { type: 'add task'; title: string; due: Date }
  | { type: 'complete'; index: number }
  | { type: 'tag'; index: number; tag: string }
  | { type: 'assign'; index: number; user: string }
  | { type: 'rename user'; id: string; name: string }
  | { type: 'show done'; value: boolean }
  | { type: 'reply'; index: number; depth: number; text: string };

export function initialState(): BoardState {
  const project: Project = { name: 'Launch', tasks: [] };
  const task = (title: string, due: Date): Task => ({ title, done: false, due, tags: new Set(), project });
  project.tasks.push(
    task('Write docs', new Date(Date.UTC(2026, 11, 10))),
    task('Ship 1.0', new Date(Date.UTC(2026, 11, 15))),
  );
  return {
    project,
    users: new Map([
      ['u1', { name: 'Ada', active: true }],
      ['u2', { name: 'Grace', active: true }],
    ]),
    filter: { showDone: false },
  };
}

/** Applies an action to the state, in place. */
export function apply(state: BoardState, action: Action): void {
  const tasks = state.project.tasks;
  switch (action.type) {
    case 'add task':
      tasks.push({
        title: action.title,
        done: false,
        due: action.due,
        tags: new Set(),
        project: state.project,
      });
      break;
    case 'complete':
      tasks[action.index]!.done = true;
      break;
    case 'tag':
      tasks[action.index]!.tags.add(action.tag);
      break;
    case 'assign':
      tasks[action.index]!.assignee = action.user;
      break;
    case 'rename user':
      state.users.get(action.id)!.name = action.name;
      break;
    case 'show done':
      state.filter.showDone = action.value;
      break;
    case 'reply': {
      // Appends a reply at the end of the thread, `depth` replies deep (a long discussion).
      const task = tasks[action.index]!;
      task.thread ??= { text: 'Thread' };
      let comment = task.thread;
      for (let level = 0; level < action.depth; level++) {
        comment.reply ??= { text: `reply ${level + 1}` };
        comment = comment.reply;
      }
      comment.text = action.text;
      break;
    }
  }
}
