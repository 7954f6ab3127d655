import { Controller, Get, Param, Query } from '@nestjs/common';
import { parseInput } from '../../common/zod-input';
import { Clause } from '../../corpus/clause';
import { CorpusService } from '../../corpus/corpus.service';
import { RetrievalService } from '../../retrieval/retrieval.service';
import { searchQuerySchema } from '../../retrieval/search-query.schema';

function clauseView(c: Clause) {
  return {
    clauseId: c.id,
    label: c.label,
    headingPath: c.headingPath,
    text: c.text,
    parentId: c.parentId ?? null,
    childIds: c.childIds,
  };
}

@Controller('api/clauses')
export class ClausesController {
  constructor(
    private readonly retrieval: RetrievalService,
    private readonly corpus: CorpusService,
  ) {}

  @Get()
  async search(@Query() query: Record<string, unknown>) {
    const { q, k } = parseInput(searchQuerySchema, query, '检索参数');
    const hits = await this.retrieval.search(q, k);
    return hits.map((h) => ({ clauseId: h.clause.id, label: h.clause.label, text: h.clause.text, score: h.score }));
  }

  @Get(':clauseId')
  get(@Param('clauseId') clauseId: string) {
    const clause = this.corpus.get(clauseId);
    const doc = this.corpus.document(clause.docId);
    return {
      ...clauseView(clause),
      document: doc ? { id: doc.meta.id, title: doc.meta.title, status: doc.meta.status } : null,
    };
  }
}
