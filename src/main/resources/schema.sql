-- The product's own tables (beside Camunda's), created at startup by Spring Boot's SQL
-- initialization (spring.sql.init.mode: always) on H2 and PostgreSQL alike, before the process
-- engine is built (nl.laatstemeter.platform.EngineAfterSchema); every statement may run again.
-- Plain SQL that both databases understand; no semicolon inside a statement.

-- party digests (nl.laatstemeter.notification.DigestStore)
CREATE TABLE IF NOT EXISTS LM_TASK_NOTICE (
  task_id VARCHAR(64) NOT NULL PRIMARY KEY,
  created_at TIMESTAMP NOT NULL,
  claimed_by VARCHAR(64),
  claimed_at TIMESTAMP);

CREATE TABLE IF NOT EXISTS LM_DIGEST_ITEM (
  user_id VARCHAR(255) NOT NULL,
  task_id VARCHAR(64) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (user_id, task_id));

CREATE TABLE IF NOT EXISTS LM_DIGEST_USER (
  user_id VARCHAR(255) NOT NULL PRIMARY KEY,
  last_sent_at TIMESTAMP,
  claimed_by VARCHAR(64),
  claimed_at TIMESTAMP);

-- a digest the SMTP server did not take is tried again after retry_after: one minute after the
-- first failure, doubling per failure (failed_tries) to at most the retry cap; added later, so a
-- database from before gets the columns too
ALTER TABLE LM_DIGEST_USER ADD COLUMN IF NOT EXISTS failed_tries INT DEFAULT 0 NOT NULL;
ALTER TABLE LM_DIGEST_USER ADD COLUMN IF NOT EXISTS retry_after TIMESTAMP;

CREATE TABLE IF NOT EXISTS LM_OVERDUE_NOTICE (
  task_id VARCHAR(64) NOT NULL,
  overdue_level INT NOT NULL,
  PRIMARY KEY (task_id, overdue_level));

-- resident mails sent (nl.laatstemeter.notification.SentMailLog)
CREATE TABLE IF NOT EXISTS LM_SENT_MAIL (
  business_key VARCHAR(150) NOT NULL,
  mail_type VARCHAR(32) NOT NULL,
  occurrence VARCHAR(64) NOT NULL,
  recipient VARCHAR(255) NOT NULL,
  subject VARCHAR(500) NOT NULL,
  planned_date DATE,
  sent_at TIMESTAMP NOT NULL,
  PRIMARY KEY (business_key, mail_type, occurrence));

-- the organisation in whose name the mail went out: a contact point of the resident (DOMAIN.md
-- section 7); added later, so a database from before gets the column too
ALTER TABLE LM_SENT_MAIL ADD COLUMN IF NOT EXISTS sender_group VARCHAR(64);

-- projects (nl.laatstemeter.project.ProjectRegister)
CREATE TABLE IF NOT EXISTS LM_PROJECT (
  id VARCHAR(16) NOT NULL PRIMARY KEY,
  name VARCHAR(255) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by VARCHAR(255),
  process_instance_id VARCHAR(64));

-- the dwellings of a project (nl.laatstemeter.dwelling.DwellingRegister)
CREATE TABLE IF NOT EXISTS LM_DWELLING (
  project_id VARCHAR(64) NOT NULL,
  dwelling_id VARCHAR(64) NOT NULL,
  address VARCHAR(255) NOT NULL,
  postcode VARCHAR(16) NOT NULL,
  house_number VARCHAR(16) NOT NULL,
  ownership VARCHAR(16) NOT NULL,
  dwelling_type VARCHAR(16) NOT NULL,
  resident_name VARCHAR(255),
  resident_email VARCHAR(255),
  planned_date DATE,
  PRIMARY KEY (project_id, dwelling_id));

-- the ambitions of DOMAIN.md section 7 (nl.laatstemeter.ambitions): the tasks per organisation
-- (TaskLedger) and the Dutch working days by number (WorkingDays, filled at startup)
CREATE TABLE IF NOT EXISTS LM_TASK_LEDGER (
  task_id VARCHAR(64) NOT NULL,
  group_id VARCHAR(64) NOT NULL,
  primary_group SMALLINT NOT NULL,
  project_id VARCHAR(64) NOT NULL,
  dwelling_id VARCHAR(64),
  business_key VARCHAR(150),
  task_key VARCHAR(64) NOT NULL,
  created_ms BIGINT NOT NULL,
  ended_ms BIGINT,
  completed_day DATE,
  outcome VARCHAR(32),
  PRIMARY KEY (task_id, group_id));

CREATE INDEX IF NOT EXISTS LM_TASK_LEDGER_PROJECT ON LM_TASK_LEDGER (project_id, business_key);

CREATE TABLE IF NOT EXISTS LM_WORKING_DAY (
  work_date DATE NOT NULL PRIMARY KEY,
  seq INTEGER NOT NULL);

-- the figures of dwellings whose instance has ended (ambitions.DwellingFigures)
CREATE TABLE IF NOT EXISTS LM_DWELLING_FIGURES (
  project_id VARCHAR(64) NOT NULL,
  dwelling_id VARCHAR(64) NOT NULL,
  stage VARCHAR(32),
  not_connected_reason VARCHAR(64),
  joined SMALLINT NOT NULL,
  planned_date DATE,
  visits INTEGER NOT NULL,
  parties_entering INTEGER NOT NULL,
  contact_points INTEGER NOT NULL,
  hand_overs INTEGER NOT NULL,
  connected_day DATE,
  one_day SMALLINT NOT NULL,
  lead_time_days INTEGER,
  kept_at TIMESTAMP NOT NULL,
  PRIMARY KEY (project_id, dwelling_id));
