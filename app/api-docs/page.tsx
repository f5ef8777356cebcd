import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { FileJson } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { publicOrigin } from '@/lib/deployment';
import {
  buildOpenApiDocument,
  refName,
  schemaFields,
  type JsonSchema,
  type OperationObject,
  type SchemaField,
} from '@/lib/api/openapi';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('api');
  return { title: t('title'), description: t('description') };
}

type Translator = Awaited<ReturnType<typeof getTranslations<'api'>>>;

/** The catalogue's wording when it has one, else the document's own (English) text. */
function say(t: Translator, key: string, fallback: string | undefined): string {
  return t.has(key) ? t(key) : (fallback ?? '');
}

const messageKey = (name: string) => name.replaceAll('.', '_');

export default async function ApiDocsPage() {
  const t = await getTranslations('api');
  const doc = buildOpenApiDocument();
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op: op as OperationObject })),
  );
  const components = Object.entries(doc.components.schemas);
  const example = `curl -s '${publicOrigin()}/api/v1/services?audience=project'`;

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-muted-foreground">{t('description')}</p>
        <p className="text-sm text-muted-foreground">
          {t('version', { version: doc.info.version })} · OpenAPI {doc.openapi}
        </p>
        <div>
          <Button asChild variant="outline">
            <a href="/api/v1/openapi.json">
              <FileJson aria-hidden />
              {t('rawLink')}
            </a>
          </Button>
        </div>
      </header>

      <section aria-labelledby="api-example" className="flex flex-col gap-2">
        <h2 id="api-example" className="text-xl font-semibold">
          {t('curlTitle')}
        </h2>
        <p className="text-sm">{t('curlNote')}</p>
        <pre className="overflow-x-auto rounded-md bg-foreground p-4 text-sm text-background">
          <code>{example}</code>
        </pre>
        <p className="text-sm text-muted-foreground">{t('cacheNote')}</p>
      </section>

      {operations.map(({ path, method, op }) => {
        const id = `op-${op.operationId}`;
        const success = refName(op.responses['200']?.content['application/json'].schema.$ref);
        return (
          <section key={id} id={id} aria-labelledby={`${id}-heading`} className="flex flex-col gap-4 border-t pt-6">
            <div className="flex flex-col gap-2">
              <h2 id={`${id}-heading`} className="text-xl font-semibold">
                {say(t, `operations.${op.operationId}.summary`, op.summary)}
              </h2>
              <p className="flex flex-wrap items-center gap-2">
                <Badge variant="default" className="font-mono uppercase">
                  {method}
                </Badge>
                <code className="break-all font-mono text-sm">{path}</code>
              </p>
              <p className="text-sm text-muted-foreground">
                {say(t, `operations.${op.operationId}.description`, op.description)}
              </p>
            </div>

            <div className="flex flex-col gap-2">
              <h3 className="font-semibold">{t('parameters')}</h3>
              {op.parameters?.length ? (
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead scope="col">{t('columns.name')}</TableHead>
                      <TableHead scope="col">{t('columns.in')}</TableHead>
                      <TableHead scope="col">{t('columns.required')}</TableHead>
                      <TableHead scope="col">{t('columns.type')}</TableHead>
                      <TableHead scope="col">{t('columns.description')}</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {op.parameters.map((p) => (
                      <TableRow key={`${p.in}-${p.name}`}>
                        <TableCell className="font-mono">{p.name}</TableCell>
                        <TableCell>{t(`in.${p.in}`)}</TableCell>
                        <TableCell>{p.required ? t('yes') : t('no')}</TableCell>
                        <TableCell>
                          <ParameterType schema={p.schema} />
                        </TableCell>
                        <TableCell className="min-w-48">
                          {say(
                            t,
                            `parameterDescriptions.${op.operationId}_${p.name}`,
                            say(t, `parameterDescriptions.${p.name}`, p.description),
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              ) : (
                <p className="text-sm text-muted-foreground">{t('noParameters')}</p>
              )}
            </div>

            <div className="flex flex-col gap-2">
              <h3 className="font-semibold">{t('responses')}</h3>
              <Table>
                <TableHeader>
                  <TableRow>
                    <TableHead scope="col">{t('columns.status')}</TableHead>
                    <TableHead scope="col">{t('columns.description')}</TableHead>
                    <TableHead scope="col">{t('columns.schema')}</TableHead>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {Object.entries(op.responses).map(([status, response]) => {
                    const schema = refName(response.content['application/json'].schema.$ref);
                    return (
                      <TableRow key={status}>
                        <TableCell className="font-mono">{status}</TableCell>
                        <TableCell className="min-w-48">
                          {say(t, `responseDescriptions.${op.operationId}.${status}`, response.description)}
                        </TableCell>
                        <TableCell>
                          {schema ? (
                            <a href={`#schema-${schema}`} className="font-mono text-primary hover:underline">
                              {schema}
                            </a>
                          ) : null}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </div>

            {success ? (
              <div className="flex flex-col gap-2">
                <h3 className="font-semibold">
                  {t('responseFields')} <span className="font-mono text-sm font-normal">({success})</span>
                </h3>
                <FieldTable t={t} component={success} fields={schemaFields(doc.components.schemas[success])} />
              </div>
            ) : null}
          </section>
        );
      })}

      <section aria-labelledby="api-schemas" className="flex flex-col gap-6 border-t pt-6">
        <h2 id="api-schemas" className="text-xl font-semibold">
          {t('schemasTitle')}
        </h2>
        {components.map(([name, schema]) => (
          <div key={name} id={`schema-${name}`} className="flex scroll-mt-4 flex-col gap-2">
            <h3 className="font-mono font-semibold">{name}</h3>
            <p className="text-sm text-muted-foreground">{say(t, `schemas.${name}.description`, schema.description)}</p>
            <FieldTable t={t} component={name} fields={schemaFields(schema)} />
          </div>
        ))}
      </section>
    </div>
  );
}

function ParameterType({ schema }: { schema: JsonSchema }) {
  const type = schema.enum ? schema.enum.map((v) => JSON.stringify(v)).join(' | ') : String(schema.type ?? 'any');
  return (
    <span className="flex flex-col gap-0.5">
      <code className="font-mono text-xs">{type}</code>
      {schema.pattern ? <code className="break-all font-mono text-xs text-muted-foreground">{schema.pattern}</code> : null}
      {schema.maxLength ? <span className="text-xs text-muted-foreground">≤ {schema.maxLength}</span> : null}
    </span>
  );
}

function FieldTable({ t, component, fields }: { t: Translator; component: string; fields: SchemaField[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t('columns.name')}</TableHead>
          <TableHead scope="col">{t('columns.type')}</TableHead>
          <TableHead scope="col">{t('columns.required')}</TableHead>
          <TableHead scope="col">{t('columns.description')}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {fields.map((f) => (
          <TableRow key={f.name}>
            <TableCell className="font-mono whitespace-nowrap">{f.name}</TableCell>
            <TableCell className="min-w-32">
              <TypeLabel type={f.type} refs={f.refs} />
            </TableCell>
            <TableCell>{f.required ? t('yes') : t('no')}</TableCell>
            <TableCell className="min-w-48">
              {say(t, `schemas.${component}.fields.${messageKey(f.name)}`, f.description)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** A type label with each component name linked to its schema below. */
function TypeLabel({ type, refs }: { type: string; refs: string[] }) {
  if (!refs.length) return <code className="font-mono text-xs">{type}</code>;
  const parts = type.split(new RegExp(`\\b(${refs.join('|')})\\b`));
  return (
    <code className="font-mono text-xs">
      {parts.map((part, i) =>
        refs.includes(part) ? (
          <a key={i} href={`#schema-${part}`} className="text-primary hover:underline">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </code>
  );
}
