/** The structure stage's rules: what each recognises, for `vnclean rules` and --disable. */
import { defaultOnRule } from '../rules/rule-meta.js'
import type { RuleMeta } from '../rules/rule.js'

function structureRule(id: string, description: string): RuleMeta {
  return defaultOnRule('structure', id, description)
}

export const STRUCTURE_RULES: readonly RuleMeta[] = [
  structureRule(
    'structure/title',
    'the headline: the title-shaped line right before the article body',
  ),
  structureRule(
    'structure/dateline',
    'outlet, place and date from the lead (`(Chinhphu.vn) -`, `Hà Nội (TTXVN 14/6/2024)`)',
  ),
  structureRule(
    'structure/byline',
    'author lines (`Thanh Thuy`, `S. Hải`, `Bài, ảnh: …`) before or after the body',
  ),
  structureRule(
    'structure/credit',
    'credit lines naming the original outlet (`theo SGGP`, `PV/VOV.VN`, `Nguồn: …`)',
  ),
  structureRule(
    'structure/caption',
    'photo captions, with their credit (`(Ảnh: Việt Dũng)`, `- Ảnh: SGGP`), and the line under an image',
  ),
  structureRule('structure/heading', 'short lines inside the body that open a section'),
  structureRule('structure/list', 'list items (`•`, `-`, `1.`) inside the body'),
  structureRule(
    'structure/paragraph-join',
    'hard-wrapped paragraphs: a line that does not end a sentence, followed by one in lower case',
  ),
]
