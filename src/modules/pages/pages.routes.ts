import type { FastifyPluginAsyncZod } from '@fastify/type-provider-zod';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { NotFound } from '../../domain/errors.js';
import { idSchema } from '../../http/common.schemas.js';
import { progressQuerySchema } from '../progress/progress.schemas.js';
import { homeView, targetView } from './pages.service.js';
import { homePage } from './plan-page.js';
import { notFoundPage, targetPage } from './target-page.js';

const HTML_TYPE = 'text/html; charset=utf-8';

/** The date picker sends `asOf=` when cleared: that is "now", not an error. */
const pageQuerySchema = z.object({
  asOf: z.preprocess((value) => (value === '' ? undefined : value), progressQuerySchema.shape.asOf),
  plan: idSchema.optional().describe('The plan to show when there are several'),
});

/** An unknown plan or target is a page saying so, with a 404; anything else is the API's problem answer. */
async function orNotFoundPage(reply: FastifyReply, render: () => Promise<unknown>) {
  try {
    return await render();
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    return reply.code(404).type(HTML_TYPE).send(notFoundPage(error.message));
  }
}

/** The read-only pages: the plan at a glance and one target, server-rendered, with no script. Not part of the API. */
export const pageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, answers } = app;

  app.get('/', { schema: { hide: true, querystring: pageQuerySchema } }, (request, reply) =>
    orNotFoundPage(reply, () => {
      const asOf = request.query.asOf ?? null;
      return answers.answerText(request, reply, HTML_TYPE, async () => homePage(await homeView(store, request.query.plan, asOf), asOf));
    }),
  );

  app.get(
    '/plans/:planId/targets/:targetId',
    { schema: { hide: true, params: z.object({ planId: idSchema, targetId: idSchema }), querystring: pageQuerySchema.omit({ plan: true }) } },
    (request, reply) =>
      orNotFoundPage(reply, () => {
        const asOf = request.query.asOf ?? null;
        return answers.answerText(request, reply, HTML_TYPE, async () => targetPage(await targetView(store, request.params.planId, request.params.targetId, asOf), asOf));
      }),
  );
};
