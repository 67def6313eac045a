// The program page: activities, reach, budget and targets for a year or a quarter of it.
import { type Program, type ProgramView, loadProgram, parseProgramView, programSearch } from '../program.ts';
import { type ProgramSlot, renderProgram } from '../render/program.ts';
import type { PageInput, PageModel } from './model.ts';

const yearsOf = (input: PageInput) => {
  if (!input.years?.length) throw new Error('the program page needs its years');
  return input.years;
};

export const programPage: PageModel<ProgramView, Program, ProgramSlot> = {
  parse: (search, input) => parseProgramView(search, yearsOf(input), input.options),
  search: (view, input) => programSearch(view, yearsOf(input)),
  load: (engine, view, { options }) => loadProgram(engine, view, options),
  render: (p, c) => renderProgram(p, c),
};
