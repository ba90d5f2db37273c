// Migration 1: the newsroom schema. Once released a migration is never edited (the runner
// refuses a changed checksum); a change is a new migration file.
//
// Who may do what is decided here, inside PostgreSQL, not in the app: every Crosscheck user is
// their own login role (member of crosscheck_user), may SELECT through row-level security, and
// writes only through the SECURITY DEFINER function push(), which takes the author from
// session_user. A client, a stolen laptop or a hand-written psql session gets the same rules.
import type { ServerMigration } from '../serverMigration.ts';

export const m001NewsroomSchema: ServerMigration = {
  version: 1,
  name: 'newsroom schema',
  sql: String.raw`
do $$ begin
  if not exists (select 1 from pg_roles where rolname = 'crosscheck_user') then
    -- One group role per cluster; people are login roles granted into it (server add-user).
    create role crosscheck_user nologin;
  end if;
exception when duplicate_object or unique_violation then
  null; -- init running on another database of the same cluster created it first
end $$;

revoke all on schema crosscheck from public;
grant usage on schema crosscheck to crosscheck_user;

-- The sync protocol this schema speaks, and the oldest client it still accepts. Later
-- migrations raise these; the functions read them, so there is one place to look.
create table crosscheck.server_info (
  singleton boolean primary key default true check (singleton),
  protocol int not null,
  min_client_protocol int not null
);
insert into crosscheck.server_info values (true, 1, 1);

-- pull() holds every client at the oldest transaction still open anywhere in the cluster (see
-- pull). A laptop that opened a transaction and went to sleep must not stall the newsroom, so
-- an idle open transaction is ended after five minutes — far longer than push() ever needs.
do $$ begin
  execute format('alter database %I set idle_in_transaction_session_timeout = %L', current_database(), '5min');
end $$;

-- Every synced row carries the id of the transaction that last wrote it (xid8, never wraps)
-- and a position from one newsroom-wide sequence, so pull() can page in (txid, change_seq)
-- order across tables. See pull() for why the transaction id and not a timestamp or serial.
create sequence crosscheck.change_seq;

create function crosscheck.tag_change() returns trigger language plpgsql as $$
begin
  new.txid := pg_current_xact_id();
  new.change_seq := nextval('crosscheck.change_seq');
  return new;
end $$;

-- Revisions, review events and comments are a record of what happened: even the owner's
-- functions cannot rewrite them (REVOKE stops users; this stops a future bug in push()).
create function crosscheck.forbid_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: its rows are never updated or deleted', tg_table_name
    using errcode = '42501';
end $$;

create table crosscheck.desks (
  id text primary key check (id ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name text not null,
  created_at timestamptz not null default now()
);

create table crosscheck.users (
  role_name name primary key,
  display_name text not null,
  created_at timestamptz not null default now()
);

create table crosscheck.desk_members (
  desk_id text not null references crosscheck.desks,
  role_name name not null references crosscheck.users,
  role text not null check (role in ('writer', 'editor')),
  primary key (desk_id, role_name)
);

-- Source files are stored as 1 MiB content-addressed chunks: the same PDF filed by two desks,
-- or re-sent after a dropped connection, is stored once, and an upload resumes chunk by chunk.
create table crosscheck.source_chunks (
  hash bytea primary key check (length(hash) = 32),
  data bytea not null check (length(data) between 1 and 1048576),
  check (hash = sha256(data))
);

-- Who uploaded which chunk. add_source accepts a chunk only from its uploader or from someone
-- who can already see a source made of it: otherwise naming a hash would tell a user whether
-- the newsroom holds a file (a leaked document filed as restricted) they merely have a copy of.
create table crosscheck.chunk_uploads (
  hash bytea not null references crosscheck.source_chunks,
  role_name name not null,
  primary key (hash, role_name)
);

create table crosscheck.sources (
  id uuid primary key,
  desk_id text not null references crosscheck.desks,
  -- The library is shared newsroom-wide; a restricted source (a leak, a confidential
  -- filing) is visible to its desk only.
  restricted boolean not null default false,
  title text not null,
  published date,
  body text not null,
  file_name text,
  file_size bigint,
  created_by name not null references crosscheck.users,
  created_at timestamptz not null default now(),
  -- Search indexes the first 500,000 characters (some 150 pages): a tsvector is capped at
  -- 1 MB, and a text of distinct tokens (tables of figures) reaches that at about 900,000
  -- characters (measured on PostgreSQL 15), so a longer body would be refused, not filed.
  search tsvector generated always as (
    setweight(to_tsvector('english'::regconfig, title), 'A') ||
    setweight(to_tsvector('english'::regconfig, left(body, 500000)), 'B')) stored,
  txid xid8 not null,
  change_seq bigint not null
);
create index sources_search on crosscheck.sources using gin (search);

create table crosscheck.source_file_chunks (
  source_id uuid not null references crosscheck.sources,
  seq int not null check (seq >= 0),
  chunk_hash bytea not null references crosscheck.source_chunks,
  primary key (source_id, seq)
);
create index source_file_chunks_hash on crosscheck.source_file_chunks (chunk_hash);

create table crosscheck.stories (
  id uuid primary key,
  desk_id text not null references crosscheck.desks,
  slug text not null,
  title text not null,
  -- A story is embargoed (its desk only) until an editor releases it.
  embargoed boolean not null default true,
  head_revision_id uuid,
  created_by name not null references crosscheck.users,
  created_at timestamptz not null default now(),
  txid xid8 not null,
  change_seq bigint not null
);

create table crosscheck.story_revisions (
  id uuid primary key,
  story_id uuid not null references crosscheck.stories,
  -- The revision the writer started from: null for the first. When it is not the story's head
  -- the revision is kept but the head does not move, and push() reports a conflict.
  base_revision_id uuid references crosscheck.story_revisions,
  body jsonb not null,
  author name not null references crosscheck.users,
  created_at timestamptz not null default now(),
  txid xid8 not null,
  change_seq bigint not null
);
alter table crosscheck.stories
  add foreign key (head_revision_id) references crosscheck.story_revisions;

create table crosscheck.review_events (
  id uuid primary key,
  story_id uuid not null references crosscheck.stories,
  revision_id uuid not null references crosscheck.story_revisions,
  kind text not null check (kind in ('submitted', 'approved', 'changes_requested', 'withdrawn')),
  note text not null default '',
  author name not null references crosscheck.users,
  created_at timestamptz not null default now(),
  txid xid8 not null,
  change_seq bigint not null
);

create table crosscheck.review_comments (
  id uuid primary key,
  story_id uuid not null references crosscheck.stories,
  revision_id uuid not null references crosscheck.story_revisions,
  anchor jsonb,
  body text not null check (length(body) > 0),
  author name not null references crosscheck.users,
  created_at timestamptz not null default now(),
  txid xid8 not null,
  change_seq bigint not null
);

-- A lock row is reused (released, then taken again) rather than deleted, so pull() sees
-- the release: a deleted row has no txid to be found by.
create table crosscheck.story_locks (
  story_id uuid primary key references crosscheck.stories,
  holder name not null references crosscheck.users,
  acquired_at timestamptz not null,
  expires_at timestamptz not null,
  released boolean not null default false,
  txid xid8 not null,
  change_seq bigint not null
);

-- One row per applied client operation: a retried push() finds its op id here and gets the
-- first answer back instead of applying twice.
create table crosscheck.applied_ops (
  op_id uuid primary key,
  role_name name not null,
  kind text not null,
  result jsonb,
  applied_at timestamptz not null default now()
);

do $$
declare t text;
begin
  foreach t in array array['sources', 'stories', 'story_revisions', 'review_events',
                           'review_comments', 'story_locks'] loop
    execute format('create trigger tag_change before insert or update on crosscheck.%I
                    for each row execute function crosscheck.tag_change()', t);
    execute format('create index %I on crosscheck.%I (txid, change_seq)', t || '_sync', t);
  end loop;
  foreach t in array array['story_revisions', 'review_events', 'review_comments'] loop
    execute format('create trigger append_only before update or delete on crosscheck.%I
                    for each row execute function crosscheck.forbid_change()', t);
    execute format('create trigger append_only_truncate before truncate on crosscheck.%I
                    for each statement execute function crosscheck.forbid_change()', t);
  end loop;
end $$;

-- The caller's role on a desk, or null. SECURITY DEFINER so policies can ask it without
-- desk_members' own policy recursing into itself.
create function crosscheck.desk_role(p_desk text) returns text
language sql stable security definer set search_path = pg_catalog, crosscheck, pg_temp as $$
  select role from crosscheck.desk_members where desk_id = p_desk and role_name = session_user
$$;

-- Row-level security: what each user may read. Writes have no policies at all: users hold no
-- INSERT/UPDATE/DELETE privilege, and push() (owned by the schema owner) checks in code.
alter table crosscheck.desks enable row level security;
create policy desks_of_member on crosscheck.desks for select to crosscheck_user
  using (crosscheck.desk_role(id) is not null);

alter table crosscheck.users enable row level security;
create policy users_newsroom_wide on crosscheck.users for select to crosscheck_user
  using (true); -- bylines: every colleague's display name

alter table crosscheck.desk_members enable row level security;
create policy members_of_own_desks on crosscheck.desk_members for select to crosscheck_user
  using (crosscheck.desk_role(desk_id) is not null);

alter table crosscheck.sources enable row level security;
create policy sources_shared_or_own_desk on crosscheck.sources for select to crosscheck_user
  using (not restricted or crosscheck.desk_role(desk_id) is not null);

alter table crosscheck.source_file_chunks enable row level security;
create policy file_chunks_of_visible_source on crosscheck.source_file_chunks for select
  to crosscheck_user
  using (exists (select 1 from crosscheck.sources s where s.id = source_id));

alter table crosscheck.source_chunks enable row level security;
create policy chunks_of_visible_source on crosscheck.source_chunks for select to crosscheck_user
  using (exists (select 1 from crosscheck.source_file_chunks f where f.chunk_hash = hash));

alter table crosscheck.stories enable row level security;
create policy stories_own_desk_or_released on crosscheck.stories for select to crosscheck_user
  using (not embargoed or crosscheck.desk_role(desk_id) is not null);

alter table crosscheck.story_revisions enable row level security;
create policy revisions_of_visible_story on crosscheck.story_revisions for select
  to crosscheck_user
  using (exists (select 1 from crosscheck.stories s where s.id = story_id));

alter table crosscheck.review_events enable row level security;
create policy events_of_visible_story on crosscheck.review_events for select to crosscheck_user
  using (exists (select 1 from crosscheck.stories s where s.id = story_id));

alter table crosscheck.review_comments enable row level security;
create policy comments_of_visible_story on crosscheck.review_comments for select
  to crosscheck_user
  using (exists (select 1 from crosscheck.stories s where s.id = story_id));

alter table crosscheck.story_locks enable row level security;
create policy locks_of_visible_story on crosscheck.story_locks for select to crosscheck_user
  using (exists (select 1 from crosscheck.stories s where s.id = story_id));

alter table crosscheck.applied_ops enable row level security; -- no policy: nobody reads it
alter table crosscheck.chunk_uploads enable row level security; -- nor this

grant select on crosscheck.server_info, crosscheck.desks, crosscheck.users,
  crosscheck.desk_members, crosscheck.sources, crosscheck.source_file_chunks,
  crosscheck.source_chunks, crosscheck.stories, crosscheck.story_revisions,
  crosscheck.review_events, crosscheck.review_comments, crosscheck.story_locks
  to crosscheck_user;
-- Said outright, though never granted: the append-only tables take no UPDATE or DELETE.
revoke insert, update, delete, truncate on all tables in schema crosscheck from public, crosscheck_user;

-- The protocol handshake every entry point runs first. SQLSTATE CC001 (client too old) and
-- CC002 (server too old) let the client tell the user which side to update.
create function crosscheck.check_protocol(p_client int) returns void
language plpgsql stable set search_path = pg_catalog, crosscheck, pg_temp as $$
declare info crosscheck.server_info;
begin
  select * into strict info from crosscheck.server_info;
  if p_client is null or p_client < info.min_client_protocol then
    raise exception 'this Crosscheck speaks sync protocol %, but the newsroom server needs protocol % or newer', coalesce(p_client::text, 'none'), info.min_client_protocol
      using errcode = 'CC001', hint = 'Update Crosscheck on this computer.';
  elsif p_client > info.protocol then
    raise exception 'this Crosscheck speaks sync protocol %, but the newsroom server only knows protocol %', p_client, info.protocol
      using errcode = 'CC002', hint = 'Ask your newsroom admin to run "crosscheck server init" from this version.';
  end if;
end $$;

create function crosscheck.hello(p_client int) returns jsonb
language plpgsql stable set search_path = pg_catalog, crosscheck, pg_temp as $$
begin
  perform crosscheck.check_protocol(p_client);
  return jsonb_build_object(
    'protocol', (select protocol from crosscheck.server_info),
    'user', session_user::text,
    'desks', coalesce((select jsonb_agg(jsonb_build_object('id', d.id, 'name', d.name, 'role', crosscheck.desk_role(d.id)) order by d.id)
                       from crosscheck.desks d), '[]'::jsonb));
end $$;

-- The caller's story, locked for the rest of the transaction, after checking their desk.
create function crosscheck.writable_story(p_story uuid) returns crosscheck.stories
language plpgsql set search_path = pg_catalog, crosscheck, pg_temp as $$
declare s crosscheck.stories;
begin
  select * into s from crosscheck.stories where id = p_story for update;
  if not found then
    raise exception 'no story %', p_story using errcode = 'P0002';
  end if;
  if crosscheck.desk_role(s.desk_id) is null then
    raise exception 'you are not on desk "%", which owns story %', s.desk_id, p_story using errcode = '42501';
  end if;
  return s;
end $$;

-- One operation of a push. Every field comes from the client except the author.
create function crosscheck.apply_op(p_op jsonb) returns jsonb
language plpgsql set search_path = pg_catalog, crosscheck, pg_temp as $$
declare
  a jsonb := coalesce(p_op->'args', '{}'::jsonb);
  k text := p_op->>'kind';
  s crosscheck.stories;
  l crosscheck.story_locks;
  v_id uuid;
  v_hash bytea;
  v_chunk text;
  v_seq int := 0;
  -- How long a lock lasts without renewal: long enough for a slow edit, short enough that a
  -- laptop closed mid-edit does not block the desk for the day.
  lock_minutes constant int := 15;
begin
  if jsonb_typeof(a) <> 'object' then
    raise exception '% needs "args" to be an object', k using errcode = '22023';
  end if;
  if a ?| array['author', 'createdBy', 'created_by', 'holder'] then
    raise exception 'the author is set by the server from your login; remove it from the % operation', k
      using errcode = '42501';
  end if;

  if k = 'create_story' then
    if crosscheck.desk_role(a->>'deskId') is null then
      raise exception 'you are not on desk "%"', a->>'deskId' using errcode = '42501';
    end if;
    insert into crosscheck.stories (id, desk_id, slug, title, embargoed, created_by)
    values ((a->>'storyId')::uuid, a->>'deskId', a->>'slug', a->>'title',
            coalesce((a->>'embargoed')::boolean, true), session_user)
    returning id into v_id;
    return jsonb_build_object('status', 'applied', 'storyId', v_id);

  elsif k = 'add_revision' then
    s := crosscheck.writable_story((a->>'storyId')::uuid);
    select * into l from crosscheck.story_locks
      where story_id = s.id and not released and expires_at > now() and holder <> session_user;
    if found then
      raise exception 'story % is locked by % until %', s.id, l.holder, l.expires_at using errcode = '55P03';
    end if;
    insert into crosscheck.story_revisions (id, story_id, base_revision_id, body, author)
    values ((a->>'revisionId')::uuid, s.id, (a->>'baseRevisionId')::uuid, a->'body', session_user)
    returning id into v_id;
    if s.head_revision_id is distinct from (a->>'baseRevisionId')::uuid then
      return jsonb_build_object('status', 'conflict', 'revisionId', v_id, 'headRevisionId', s.head_revision_id);
    end if;
    update crosscheck.stories set head_revision_id = v_id where id = s.id;
    return jsonb_build_object('status', 'applied', 'revisionId', v_id, 'headRevisionId', v_id);

  elsif k = 'add_review_event' then
    s := crosscheck.writable_story((a->>'storyId')::uuid);
    if a->>'kind' in ('approved', 'changes_requested') and crosscheck.desk_role(s.desk_id) <> 'editor' then
      raise exception 'only an editor on desk "%" may mark a story %', s.desk_id, a->>'kind' using errcode = '42501';
    end if;
    if not exists (select 1 from crosscheck.story_revisions where id = (a->>'revisionId')::uuid and story_id = s.id) then
      raise exception 'revision % is not a revision of story %', a->>'revisionId', s.id using errcode = '22023';
    end if;
    insert into crosscheck.review_events (id, story_id, revision_id, kind, note, author)
    values ((a->>'eventId')::uuid, s.id, (a->>'revisionId')::uuid, a->>'kind', coalesce(a->>'note', ''), session_user)
    returning id into v_id;
    return jsonb_build_object('status', 'applied', 'eventId', v_id);

  elsif k = 'add_comment' then
    s := crosscheck.writable_story((a->>'storyId')::uuid);
    if not exists (select 1 from crosscheck.story_revisions where id = (a->>'revisionId')::uuid and story_id = s.id) then
      raise exception 'revision % is not a revision of story %', a->>'revisionId', s.id using errcode = '22023';
    end if;
    insert into crosscheck.review_comments (id, story_id, revision_id, anchor, body, author)
    values ((a->>'commentId')::uuid, s.id, (a->>'revisionId')::uuid, a->'anchor', a->>'body', session_user)
    returning id into v_id;
    return jsonb_build_object('status', 'applied', 'commentId', v_id);

  elsif k = 'release_story' then
    s := crosscheck.writable_story((a->>'storyId')::uuid);
    if crosscheck.desk_role(s.desk_id) <> 'editor' then
      raise exception 'only an editor on desk "%" may release a story from embargo', s.desk_id using errcode = '42501';
    end if;
    update crosscheck.stories set embargoed = false where id = s.id;
    return jsonb_build_object('status', 'applied', 'storyId', s.id);

  elsif k = 'take_lock' then
    s := crosscheck.writable_story((a->>'storyId')::uuid);
    insert into crosscheck.story_locks (story_id, holder, acquired_at, expires_at)
    values (s.id, session_user, now(), now() + make_interval(mins => lock_minutes))
    on conflict (story_id) do update
      set holder = excluded.holder, acquired_at = excluded.acquired_at,
          expires_at = excluded.expires_at, released = false
      where story_locks.released or story_locks.expires_at <= now()
         or story_locks.holder = session_user
    returning * into l;
    if not found then
      select * into l from crosscheck.story_locks where story_id = s.id;
      return jsonb_build_object('status', 'locked', 'holder', l.holder, 'expiresAt', l.expires_at);
    end if;
    return jsonb_build_object('status', 'applied', 'expiresAt', l.expires_at);

  elsif k = 'release_lock' then
    s := crosscheck.writable_story((a->>'storyId')::uuid);
    update crosscheck.story_locks set released = true
      where story_id = s.id and not released
        and (holder = session_user or crosscheck.desk_role(s.desk_id) = 'editor');
    return jsonb_build_object('status', 'applied');

  elsif k = 'put_chunk' then
    if not exists (select 1 from crosscheck.desk_members where role_name = session_user) then
      raise exception 'you are on no desk, so you cannot file sources' using errcode = '42501';
    end if;
    v_hash := sha256(decode(a->>'data', 'base64'));
    insert into crosscheck.source_chunks (hash, data) values (v_hash, decode(a->>'data', 'base64'))
    on conflict (hash) do nothing;
    insert into crosscheck.chunk_uploads (hash, role_name) values (v_hash, session_user)
    on conflict do nothing;
    return jsonb_build_object('status', 'applied', 'hash', encode(v_hash, 'hex'));

  elsif k = 'add_source' then
    if crosscheck.desk_role(a->>'deskId') is null then
      raise exception 'you are not on desk "%"', a->>'deskId' using errcode = '42501';
    end if;
    insert into crosscheck.sources (id, desk_id, restricted, title, published, body, file_name, file_size, created_by)
    values ((a->>'sourceId')::uuid, a->>'deskId', coalesce((a->>'restricted')::boolean, false), a->>'title',
            (a->>'published')::date, a->>'body', a->>'fileName', (a->>'fileSize')::bigint, session_user)
    returning id into v_id;
    for v_chunk in select jsonb_array_elements_text(coalesce(a->'chunks', '[]'::jsonb)) loop
      v_hash := decode(v_chunk, 'hex');
      if not exists (select 1 from crosscheck.chunk_uploads u where u.hash = v_hash and u.role_name = session_user)
         and not exists (select 1 from crosscheck.source_file_chunks f join crosscheck.sources src on src.id = f.source_id
                          where f.chunk_hash = v_hash and (not src.restricted or crosscheck.desk_role(src.desk_id) is not null)) then
        raise exception 'chunk % was not uploaded; push its put_chunk first', v_chunk using errcode = '23503';
      end if;
      insert into crosscheck.source_file_chunks values (v_id, v_seq, v_hash);
      v_seq := v_seq + 1;
    end loop;
    return jsonb_build_object('status', 'applied', 'sourceId', v_id);
  end if;

  raise exception 'unknown operation kind "%"', k using errcode = '22023';
end $$;

-- push(protocol, batch): apply a batch of client operations, each [{opId, kind, args}].
-- Each op runs in its own subtransaction: one rejected op (no permission, bad input) is
-- reported and the rest still apply. A rejected op is not recorded, so a retry re-checks it.
create function crosscheck.push(p_client int, p_batch jsonb) returns jsonb
language plpgsql security definer set search_path = pg_catalog, crosscheck, pg_temp as $$
declare
  op jsonb;
  results jsonb := '[]'::jsonb;
  prior crosscheck.applied_ops;
  res jsonb;
  v_op_id uuid;
  -- A client sends its outbox in slices; this bounds one transaction's work and lock time.
  max_batch_ops constant int := 500;
begin
  perform crosscheck.check_protocol(p_client);
  if not exists (select 1 from crosscheck.users where role_name = session_user) then
    raise exception 'the login "%" is not a Crosscheck user', session_user
      using errcode = '42501', hint = 'An admin adds users with "crosscheck server add-user".';
  end if;
  if jsonb_typeof(p_batch) is distinct from 'array' then
    raise exception 'push needs a JSON array of operations' using errcode = '22023';
  end if;
  if jsonb_array_length(p_batch) > max_batch_ops then
    raise exception 'a push holds at most % operations, not %', max_batch_ops, jsonb_array_length(p_batch)
      using errcode = '54000';
  end if;
  for op in select value from jsonb_array_elements(p_batch) loop
    begin
      v_op_id := (op->>'opId')::uuid;
      if v_op_id is null then
        raise exception 'every operation needs an "opId" (a UUID)' using errcode = '22023';
      end if;
      insert into crosscheck.applied_ops (op_id, role_name, kind)
      values (v_op_id, session_user, coalesce(op->>'kind', ''))
      on conflict (op_id) do nothing;
      if found then
        res := jsonb_build_object('opId', v_op_id) || crosscheck.apply_op(op);
        update crosscheck.applied_ops set result = res where op_id = v_op_id;
      else
        select * into strict prior from crosscheck.applied_ops where op_id = v_op_id;
        if prior.role_name <> session_user then
          raise exception 'operation id % was already used by another user', v_op_id using errcode = '23505';
        end if;
        res := prior.result || jsonb_build_object('duplicate', true);
      end if;
    exception when others then
      res := jsonb_build_object('opId', op->>'opId', 'status', 'rejected', 'code', sqlstate, 'error', sqlerrm);
    end;
    results := results || jsonb_build_array(res);
  end loop;
  return jsonb_build_object('protocol', (select protocol from crosscheck.server_info), 'results', results);
end $$;

-- pull(protocol, cursor, limit): the rows the caller may see that changed after cursor, in
-- (txid, change_seq) order, and the cursor to send next time.
--
-- Why transaction ids: a serial or a timestamp is taken when a row is written but becomes
-- visible when its transaction commits, so a transaction that began first and commits last
-- lands below a cursor a client has already passed, and "changes since N" never sends it.
-- Instead we return only rows whose transaction id is below the snapshot's xmin — every
-- transaction below xmin has finished, so nothing can still appear there — and the next
-- cursor starts at xmin. A transaction still open shows up on a later pull, never lost.
-- The cost: one long-open transaction (in any database of the cluster: xids are cluster-wide)
-- holds every client's pull at its xid until it ends; hence the idle timeout set above.
--
-- SECURITY INVOKER and STABLE: row-level security filters what is returned, and the whole
-- function sees one snapshot, the one pg_current_snapshot() describes.
create function crosscheck.pull(p_client int, p_cursor text, p_limit int default 500) returns jsonb
language plpgsql stable set search_path = pg_catalog, crosscheck, pg_temp as $$
declare
  v_xmin xid8 := pg_snapshot_xmin(pg_current_snapshot());
  v_after_txid xid8;
  v_after_seq bigint;
  v_rows jsonb;
  v_count int;
  v_last jsonb;
  -- An upper bound on one reply, whatever the client asks for.
  max_pull_rows constant int := 2000;
begin
  perform crosscheck.check_protocol(p_client);
  if coalesce(p_cursor, '') = '' then
    v_after_txid := '0'::xid8; v_after_seq := 0;
  elsif p_cursor ~ '^[0-9]{1,20}/[0-9]{1,19}$' then
    v_after_txid := split_part(p_cursor, '/', 1)::xid8;
    v_after_seq := split_part(p_cursor, '/', 2)::bigint;
  else
    raise exception 'pull cursor "%" is not one this server gave out', p_cursor using errcode = '22023';
  end if;
  if p_limit is null or p_limit < 1 or p_limit > max_pull_rows then
    raise exception 'pull limit must be between 1 and %', max_pull_rows using errcode = '22023';
  end if;

  -- Each table's branch stops at p_limit rows in index order, so a page costs the same at the
  -- start of a large first sync as at its end.
  with changed as (
    (select 'stories' as tbl, txid, change_seq, to_jsonb(t) - 'txid' - 'change_seq' as data
      from crosscheck.stories t where (txid, change_seq) > (v_after_txid, v_after_seq) and txid < v_xmin
      order by txid, change_seq limit p_limit)
    union all
    (select 'story_revisions', txid, change_seq, to_jsonb(t) - 'txid' - 'change_seq'
      from crosscheck.story_revisions t where (txid, change_seq) > (v_after_txid, v_after_seq) and txid < v_xmin
      order by txid, change_seq limit p_limit)
    union all
    (select 'review_events', txid, change_seq, to_jsonb(t) - 'txid' - 'change_seq'
      from crosscheck.review_events t where (txid, change_seq) > (v_after_txid, v_after_seq) and txid < v_xmin
      order by txid, change_seq limit p_limit)
    union all
    (select 'review_comments', txid, change_seq, to_jsonb(t) - 'txid' - 'change_seq'
      from crosscheck.review_comments t where (txid, change_seq) > (v_after_txid, v_after_seq) and txid < v_xmin
      order by txid, change_seq limit p_limit)
    union all
    (select 'story_locks', txid, change_seq, to_jsonb(t) - 'txid' - 'change_seq'
      from crosscheck.story_locks t where (txid, change_seq) > (v_after_txid, v_after_seq) and txid < v_xmin
      order by txid, change_seq limit p_limit)
    union all
    -- Sources without their text and search vector: the client fetches a source's body and
    -- chunks when it opens one, not on every pull.
    (select 'sources', txid, change_seq, to_jsonb(t) - 'txid' - 'change_seq' - 'body' - 'search'
      from crosscheck.sources t where (txid, change_seq) > (v_after_txid, v_after_seq) and txid < v_xmin
      order by txid, change_seq limit p_limit)
  ), page as (
    select * from changed order by txid, change_seq limit p_limit
  )
  select coalesce(jsonb_agg(jsonb_build_object('table', tbl, 'row', data) order by txid, change_seq), '[]'::jsonb),
         count(*),
         (array_agg(jsonb_build_object('txid', txid::text, 'seq', change_seq) order by txid desc, change_seq desc))[1]
    into v_rows, v_count, v_last
    from page;

  if v_count = p_limit then
    -- A full page: continue right after its last row; more may be waiting below xmin.
    return jsonb_build_object('rows', v_rows, 'more', true,
                              'cursor', (v_last->>'txid') || '/' || (v_last->>'seq'));
  end if;
  return jsonb_build_object('rows', v_rows, 'more', false, 'cursor', v_xmin::text || '/0');
end $$;

-- Everything under one story that the caller may see. pull() sends a row when it is written, so
-- a story that becomes visible later (released from embargo, or a desk newly joined) arrives
-- without its older revisions, events and comments; the client fetches them here.
create function crosscheck.story_history(p_client int, p_story uuid) returns jsonb
language plpgsql stable set search_path = pg_catalog, crosscheck, pg_temp as $$
begin
  perform crosscheck.check_protocol(p_client);
  return jsonb_build_object(
    'story', (select to_jsonb(t) - 'txid' - 'change_seq' from crosscheck.stories t where t.id = p_story),
    'revisions', coalesce((select jsonb_agg(to_jsonb(t) - 'txid' - 'change_seq' order by t.change_seq)
                             from crosscheck.story_revisions t where t.story_id = p_story), '[]'::jsonb),
    'reviewEvents', coalesce((select jsonb_agg(to_jsonb(t) - 'txid' - 'change_seq' order by t.change_seq)
                                from crosscheck.review_events t where t.story_id = p_story), '[]'::jsonb),
    'comments', coalesce((select jsonb_agg(to_jsonb(t) - 'txid' - 'change_seq' order by t.change_seq)
                            from crosscheck.review_comments t where t.story_id = p_story), '[]'::jsonb),
    'lock', (select to_jsonb(t) - 'txid' - 'change_seq' from crosscheck.story_locks t where t.story_id = p_story));
end $$;

-- Full-text search over every source the caller may see (row-level security applies).
create function crosscheck.search_sources(p_client int, p_query text, p_limit int default 20)
returns table (id uuid, desk_id text, title text, rank real, snippet text)
language plpgsql stable set search_path = pg_catalog, crosscheck, pg_temp as $$
begin
  perform crosscheck.check_protocol(p_client);
  return query
    select s.id, s.desk_id, s.title, ts_rank(s.search, q) as rank,
           ts_headline('english'::regconfig, s.body, q, 'MaxFragments=1, MaxWords=20, MinWords=5')
      from crosscheck.sources s, websearch_to_tsquery('english'::regconfig, p_query) q
     where s.search @@ q
     order by rank desc, s.id
     limit least(greatest(p_limit, 1), 100);
end $$;

-- Functions are executable by PUBLIC by default; only Crosscheck users get the entry points.
revoke all on all functions in schema crosscheck from public;
grant execute on function crosscheck.hello(int), crosscheck.push(int, jsonb),
  crosscheck.pull(int, text, int), crosscheck.search_sources(int, text, int),
  crosscheck.story_history(int, uuid),
  crosscheck.check_protocol(int), crosscheck.desk_role(text)
  to crosscheck_user;
`,
};
