'use strict'
// An upstream system as a non-Java team would write it, with kafkajs and
// @kafkajs/confluent-schema-registry: it produces applications with the schema the
// registry holds, reads what the pipeline answers, and uses the registry's REST API.
// Exit code 0 when every check passed, 1 otherwise.
//
// Environment: KAFKA_BROKERS (comma-separated, default localhost:9092), SCHEMA_REGISTRY_URL
// (default http://localhost:8081), KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD (optional;
// SCRAM-SHA-512 unless KAFKA_SASL_MECHANISM says otherwise), KAFKA_SSL=true (optional),
// INTEROP_TIMEOUT_MS (default 120000). kafkajs stays quiet (its retried errors would read as
// failures); KAFKAJS_LOG_LEVEL=info shows its log. With a login, its consumer group starts with
// `upstream-` (the only groups the upstream principal may use) and it checks that the broker
// refuses it a pipeline event (EnrollmentSubmitted is intake's to write).

const crypto = require('crypto')
const { Kafka, Partitioners, logLevel } = require('kafkajs')
const { SchemaRegistry, SchemaType, COMPATIBILITY } = require('@kafkajs/confluent-schema-registry')

const APPLICATIONS = 'enrollment.applications'
const ANSWERS = ['enrollment.submitted', 'enrollment.review-requested', 'enrollment.application-rejected']
const brokers = (process.env.KAFKA_BROKERS || 'localhost:9092').split(',').map(broker => broker.trim())
const registryUrl = (process.env.SCHEMA_REGISTRY_URL || 'http://localhost:8081').replace(/\/+$/, '')
const timeoutMs = Number(process.env.INTEROP_TIMEOUT_MS || 120000)
const run = crypto.randomBytes(4).toString('hex')

const sasl = process.env.KAFKA_SASL_USERNAME
  ? {
      mechanism: process.env.KAFKA_SASL_MECHANISM || 'scram-sha-512',
      username: process.env.KAFKA_SASL_USERNAME,
      password: process.env.KAFKA_SASL_PASSWORD || '',
    }
  : undefined
const kafka = new Kafka({
  clientId: `interop-upstream-${run}`,
  brokers,
  sasl,
  ssl: process.env.KAFKA_SSL === 'true',
  logLevel: logLevel.NOTHING,
})
const registry = new SchemaRegistry({ host: registryUrl })

let passed = 0
let failed = 0
function check(name, ok, detail) {
  if (ok) {
    passed++
    console.log(`ok   ${name}${detail ? ': ' + detail : ''}`)
  } else {
    failed++
    console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`)
  }
  return ok
}

async function rest(method, path, body) {
  const response = await fetch(registryUrl + path, {
    method,
    headers: { 'Content-Type': 'application/vnd.schemaregistry.v1+json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: await response.json() }
}

function application(mpnId, idempotencyKey, iban) {
  return {
    idempotencyKey,
    source: 'interop-upstream',
    enrollmentType: 'INDIRECT_RESELLER',
    mpnId,
    tenantId: crypto.randomUUID(),
    company: {
      legalName: `Interop Traders ${run} B.V.`,
      address: { line1: 'Damrak 1', line2: null, city: 'Amsterdam', stateOrProvince: null, postalCode: '1012 LG', countryCode: 'NL' },
    },
    bank: { accountHolder: `Interop Traders ${run} B.V.`, iban, bic: 'ABNANL2A', accountNumber: null, routingNumber: null },
    admin: { firstName: 'Iris', lastName: 'Interop', workEmail: `iris.${run}@interop-traders.nl`, preferredLanguage: 'en' },
    directBill: null,
  }
}

/** Reads the answer topics from the start, decoding every value through the registry, until `done` says so. */
async function readAnswers(done) {
  const consumer = kafka.consumer({ groupId: `upstream-interop-${run}` })
  const seen = { decoded: 0, failures: [], byTopic: {} }
  await consumer.connect()
  try {
    await consumer.subscribe({ topics: ANSWERS, fromBeginning: true })
    let finished
    const allSeen = new Promise(resolve => (finished = resolve))
    await consumer.run({
      eachMessage: async ({ topic, message }) => {
        try {
          const event = await registry.decode(message.value)
          seen.decoded++
          ;(seen.byTopic[topic] = seen.byTopic[topic] || []).push({ key: message.key && message.key.toString(), event })
        } catch (error) {
          seen.failures.push(`${topic}: ${error.message}`)
        }
        if (done(seen)) {
          finished()
        }
      },
    })
    await Promise.race([allSeen, new Promise(resolve => setTimeout(resolve, timeoutMs))])
  } finally {
    await consumer.disconnect()
  }
  return seen
}

async function produceApplications() {
  const { body: latest } = await rest('GET', `/subjects/${APPLICATIONS}-value/versions/latest`)
  const id = await registry.getLatestSchemaId(`${APPLICATIONS}-value`)
  check(`latest schema id of ${APPLICATIONS}-value`, id === latest.id && id > 0, `${id} (version ${latest.version})`)

  const mpnId = '7' + String(crypto.randomInt(10000000, 99999999))
  const valid = application(mpnId, `interop-${run}-valid`, 'NL91ABNA0417164300')
  const invalid = application(mpnId.replace(/^7/, '8'), `interop-${run}-invalid`, 'NL92ABNA0417164300')
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, idempotent: true })
  await producer.connect()
  try {
    await producer.send({
      topic: APPLICATIONS,
      acks: -1,
      messages: [
        { key: valid.idempotencyKey, value: await registry.encode(id, valid) },
        { key: invalid.idempotencyKey, value: await registry.encode(id, invalid) },
      ],
    })
  } finally {
    await producer.disconnect()
  }
  check('produced a valid and an invalid application', true, `schema id ${id}, MPN ${mpnId}, keys interop-${run}-*`)
  return { mpnId, invalidKey: invalid.idempotencyKey }
}

async function checkTheAnswers({ mpnId, invalidKey }) {
  const find = (seen, topic, wanted) => (seen.byTopic[topic] || []).find(record => wanted(record.event))
  const submittedOf = seen => find(seen, 'enrollment.submitted', event => event.mpnId === mpnId)
  const reviewOf = (seen, submitted) =>
    find(seen, 'enrollment.review-requested', event => event.metadata.enrollmentId === submitted.event.metadata.enrollmentId)
  const rejectedOf = seen => find(seen, 'enrollment.application-rejected', event => event.idempotencyKey === invalidKey)
  const seen = await readAnswers(seen => {
    const submitted = submittedOf(seen)
    return Boolean(submitted && reviewOf(seen, submitted) && rejectedOf(seen))
  })

  const submitted = submittedOf(seen)
  if (check('EnrollmentSubmitted for the valid application', Boolean(submitted),
      submitted && `enrollment ${submitted.event.metadata.enrollmentId}, status event at ${new Date(submitted.event.metadata.occurredAt).toISOString()}`)) {
    check('its record key is the enrollment id', submitted.key === submitted.event.metadata.enrollmentId, submitted.key)
    const review = reviewOf(seen, submitted)
    check('ReviewRequested for that enrollment (MPN not in the directory)', Boolean(review),
      review && review.event.reasons.map(reason => reason.code).join(', '))
  }
  const rejected = rejectedOf(seen)
  check('ApplicationRejected for the invalid application', Boolean(rejected),
    rejected && rejected.event.reasons.map(reason => `${reason.code} at ${reason.field}`).join(', '))
  const topics = Object.keys(seen.byTopic).map(topic => `${topic} ${seen.byTopic[topic].length}`).join(', ')
  check('every record read decoded through the registry', seen.failures.length === 0,
    `${seen.decoded} decoded (${topics}), ${seen.failures.length} failed${seen.failures.length ? ': ' + seen.failures.slice(0, 3).join('; ') : ''}`)
}

/** A forged EnrollmentSubmitted would skip every intake rule: the upstream principal may not write it. */
async function refuseAForgedPipelineEvent() {
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, retry: { retries: 0 } })
  await producer.connect()
  try {
    await producer.send({ topic: 'enrollment.submitted', acks: -1, messages: [{ key: `forged-${run}`, value: 'forged' }] })
    check('writing enrollment.submitted as upstream is refused', false, 'the broker accepted it')
  } catch (error) {
    const refused = error.type === 'TOPIC_AUTHORIZATION_FAILED' || /authoriz/i.test(String(error.message))
    check('writing enrollment.submitted as upstream is refused', refused, `${error.type || error.name}: ${error.message}`)
  } finally {
    await producer.disconnect()
  }
}

async function registerOnANewSubjectWithCompatibilityNone() {
  const subject = `interop-${run}-value`
  const probe = type => ({ type: 'record', name: 'InteropProbe', namespace: 'interop', fields: [{ name: 'a', type }] })
  const first = await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(probe('string')) },
    { subject, compatibility: COMPATIBILITY.NONE })
  const config = await rest('GET', `/config/${subject}`)
  check(`register(schema, {compatibility: NONE}) on the new subject ${subject}`,
    config.body.compatibilityLevel === 'NONE', `id ${first.id}, subject level ${config.body.compatibilityLevel}`)
  const second = await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(probe('int')) },
    { subject, compatibility: COMPATIBILITY.NONE })
  const versions = await rest('GET', `/subjects/${subject}/versions`)
  check('under NONE an incompatible second version is accepted', second.id !== first.id && versions.body.length === 2,
    `id ${second.id}, versions ${JSON.stringify(versions.body)}`)
  const soft = await rest('DELETE', `/subjects/${subject}`)
  const permanent = await rest('DELETE', `/subjects/${subject}?permanent=true`)
  const gone = await rest('GET', `/subjects/${subject}/versions?deleted=true`)
  check('the test subject is deleted, soft then permanently', soft.status === 200 && permanent.status === 200 && gone.body.error_code === 40401,
    `soft ${JSON.stringify(soft.body)}, permanent ${JSON.stringify(permanent.body)}, then ${gone.body.error_code}`)
}

async function refuseAnIncompatibleChange() {
  const subject = `${APPLICATIONS}-value`
  const { body: latest } = await rest('GET', `/subjects/${subject}/versions/latest`)
  const schema = JSON.parse(latest.schema)
  const withRequired = { ...schema, fields: [...schema.fields, { name: 'region', type: 'string' }] }
  const withOptional = { ...schema, fields: [...schema.fields, { name: 'region', type: ['null', 'string'], default: null }] }

  const refused = await rest('POST', `/compatibility/subjects/${subject}/versions/latest?verbose=true`, { schema: JSON.stringify(withRequired) })
  check('the compatibility endpoint refuses a new required field', refused.status === 200 && refused.body.is_compatible === false,
    (refused.body.messages || []).slice(0, 1).join(' '))
  const accepted = await rest('POST', `/compatibility/subjects/${subject}/versions/latest`, { schema: JSON.stringify(withOptional) })
  check('and accepts a new optional field', accepted.body.is_compatible === true, JSON.stringify(accepted.body))
  try {
    await registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(withRequired) }, { subject })
    check('registering the incompatible change is refused', false, 'it was registered')
  } catch (error) {
    check('registering the incompatible change is refused', error.status === 409, `${error.status} ${String(error.message).slice(0, 90)}...`)
  }
}

async function main() {
  console.log(`upstream interop run ${run}: registry ${registryUrl}, Kafka ${brokers.join(',')}` +
    (sasl ? ` (SASL ${sasl.mechanism} as ${sasl.username})` : ' (no SASL)'))
  const produced = await produceApplications()
  await checkTheAnswers(produced)
  if (sasl) {
    await refuseAForgedPipelineEvent()
  }
  await registerOnANewSubjectWithCompatibilityNone()
  await refuseAnIncompatibleChange()
}

main()
  .catch(error => check('the run completed', false, (error.stack || String(error)) + (error.cause ? `\n     cause: ${error.cause}` : '')))
  .finally(() => {
    console.log(`interop: ${passed} checks passed` + (failed ? `, ${failed} checks FAILED` : ''))
    process.exit(failed === 0 && passed > 0 ? 0 : 1)
  })
