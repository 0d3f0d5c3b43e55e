-- Seeds the inbox bench data set into the app's own schema (PostgreSQL only), after the app has migrated it
-- and bench/inbox.sh has connected one channel. Run with: psql -v ON_ERROR_STOP=1 -f bench/inbox-seed.sql
--
-- One workspace (the bootstrap one), 50 agents (AGENT members, sharing the bench admin's password hash, so
-- they sign in with the same password), 5 teams, 100,000 contacts with a WhatsApp and a phone identity,
-- one conversation each, 10 text messages each (contact 1 has 600: the thread measurement), labels.
-- Every row carries the workspace id; ids are fresh UUIDs; provider ids are unique per channel.
\set ON_ERROR_STOP on
\timing on

-- The channel bench/inbox.sh connected (psql -v phone=its phone number id), its workspace and owner.
create temporary table seed_ctx as
select ch.workspace_id, ch.id as channel_id, u.password_hash, now() as now
  from channels_channel ch
  join workspace_member m on m.workspace_id = ch.workspace_id and m.role = 'OWNER'
  join workspace_user u on u.id = m.user_id
 where ch.phone_number_id = :'phone';

-- The schema is the app's: stop here if a table we write gained a required column or lost one we fill.
do $$
declare
    expected constant text[] := array[
        'workspace_user.id', 'workspace_user.email', 'workspace_user.display_name', 'workspace_user.password_hash',
        'workspace_user.instance_admin', 'workspace_user.created_at', 'workspace_user.password_changed_at',
        'workspace_member.workspace_id', 'workspace_member.user_id', 'workspace_member.role', 'workspace_member.active',
        'workspace_member.joined_at',
        'workspace_team.id', 'workspace_team.workspace_id', 'workspace_team.name', 'workspace_team.created_at',
        'workspace_team_member.workspace_id', 'workspace_team_member.team_id', 'workspace_team_member.user_id',
        'inbox_agent.workspace_id', 'inbox_agent.user_id', 'inbox_agent.capacity',
        'contacts_contact.id', 'contacts_contact.workspace_id', 'contacts_contact.created_at',
        'contacts_contact.updated_at',
        'contacts_identity.id', 'contacts_identity.workspace_id', 'contacts_identity.contact_id',
        'contacts_identity.kind', 'contacts_identity.identity_value', 'contacts_identity.created_at',
        'messaging_message.id', 'messaging_message.workspace_id', 'messaging_message.channel_id',
        'messaging_message.contact_id', 'messaging_message.direction', 'messaging_message.type',
        'messaging_message.content', 'messaging_message.raw', 'messaging_message.status',
        'messaging_message.occurred_at', 'messaging_message.created_at', 'messaging_message.updated_at',
        'inbox_conversation.id', 'inbox_conversation.workspace_id', 'inbox_conversation.contact_id',
        'inbox_conversation.channel_id', 'inbox_conversation.status', 'inbox_conversation.priority',
        'inbox_conversation.created_at', 'inbox_conversation.updated_at',
        'inbox_conversation_message.workspace_id', 'inbox_conversation_message.message_id',
        'inbox_conversation_message.conversation_id', 'inbox_conversation_message.direction',
        'inbox_conversation_message.occurred_at',
        'inbox_conversation_label.workspace_id', 'inbox_conversation_label.conversation_id',
        'inbox_conversation_label.label'];
    missing text;
begin
    select string_agg(c.table_name || '.' || c.column_name, ', ') into missing
      from information_schema.columns c
     where c.table_schema = current_schema()
       and c.table_name = any (array(select distinct split_part(e, '.', 1) from unnest(expected) e))
       and c.is_nullable = 'NO' and c.column_default is null
       and not (c.table_name || '.' || c.column_name = any (expected));
    if missing is not null then
        raise exception 'the app''s schema changed: required columns the seeder does not fill: %', missing;
    end if;
    select string_agg(e, ', ') into missing
      from unnest(expected) e
     where not exists (select 1 from information_schema.columns c
                        where c.table_schema = current_schema()
                          and c.table_name || '.' || c.column_name = e);
    if missing is not null then
        raise exception 'the app''s schema changed: columns the seeder fills are gone: %', missing;
    end if;
    if (select count(*) from workspace_workspace) <> 1 or (select count(*) from seed_ctx) <> 1
            or exists (select 1 from inbox_conversation) then
        raise exception 'expected a fresh database: one workspace, its owner, the bench channel, no conversations';
    end if;
end $$;


-- 50 agents in 5 teams of 10.
create temporary table seed_agent as
select n, gen_random_uuid() as id from generate_series(1, 50) n;
insert into workspace_user (id, email, display_name, password_hash, instance_admin, created_at, password_changed_at)
select a.id, 'agent' || lpad(a.n::text, 2, '0') || '@bench.test', 'Agent ' || lpad(a.n::text, 2, '0'),
       x.password_hash, false, x.now, x.now
  from seed_agent a cross join seed_ctx x;
insert into workspace_member (workspace_id, user_id, role, active, joined_at)
select x.workspace_id, a.id, 'AGENT', true, x.now from seed_agent a cross join seed_ctx x;
create temporary table seed_team as
select n, gen_random_uuid() as id from generate_series(1, 5) n;
insert into workspace_team (id, workspace_id, name, created_at)
select t.id, x.workspace_id, (array['Sales', 'Support', 'Returns', 'Billing', 'VIP desk'])[t.n], x.now
  from seed_team t cross join seed_ctx x;
insert into workspace_team_member (workspace_id, team_id, user_id)
select x.workspace_id, t.id, a.id
  from seed_agent a join seed_team t on t.n = 1 + (a.n - 1) / 10 cross join seed_ctx x;
insert into inbox_agent (workspace_id, user_id, capacity, available, last_seen_at, assigned_turn)
select x.workspace_id, a.id, 30, false, null, 0 from seed_agent a cross join seed_ctx x;

-- Contacts: 40 first names x 50 last names, WhatsApp id 49 + 10 digits, the phone identity as E.164.
create temporary table seed_contact as
select n, gen_random_uuid() as id,
       (array['Anna', 'Ben', 'Clara', 'David', 'Elena', 'Felix', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Katja', 'Lukas',
              'Maria', 'Noah', 'Olga', 'Paul', 'Queenie', 'Rosa', 'Samir', 'Tara', 'Umar', 'Vera', 'Wim', 'Xenia',
              'Yusuf', 'Zoe', 'Aisha', 'Bruno', 'Chen', 'Dana', 'Emil', 'Fatma', 'Gil', 'Hana', 'Ivan', 'Jana',
              'Kofi', 'Lina', 'Mateo', 'Nora'])[1 + n % 40]
       || ' ' ||
       (array['Garcia', 'Schmidt', 'Rossi', 'Novak', 'Silva', 'Kowalski', 'Meyer', 'Dubois', 'Jensen', 'Popescu',
              'Yilmaz', 'Ivanova', 'Costa', 'Nagy', 'Berg', 'Moreau', 'Fischer', 'Romano', 'Horvat', 'Lind',
              'Okafor', 'Tanaka', 'Kim', 'Singh', 'Haddad', 'Alvarez', 'Weber', 'Bianchi', 'Varga', 'Dahl',
              'Mensah', 'Sato', 'Park', 'Khan', 'Nasser', 'Torres', 'Wagner', 'Greco', 'Toth', 'Holm',
              'Eze', 'Ito', 'Lee', 'Patel', 'Aziz', 'Ruiz', 'Koch', 'Conti', 'Balogh', 'Strand'])[1 + (n / 40) % 50]
       as name,
       '49' || lpad(n::text, 10, '0') as wa_id,
       (select now from seed_ctx) - make_interval(mins => n * 3) as last_at
  from generate_series(1, 100000) n;
insert into contacts_contact (id, workspace_id, profile_name, display_name, last_activity_at, created_at, updated_at)
select c.id, x.workspace_id, c.name, null, c.last_at, c.last_at - interval '30 days', c.last_at
  from seed_contact c cross join seed_ctx x;
insert into contacts_identity (id, workspace_id, contact_id, kind, identity_value, created_at)
select gen_random_uuid(), x.workspace_id, c.id, k.kind, case k.kind when 'WA_ID' then c.wa_id else '+' || c.wa_id end,
       c.last_at - interval '30 days'
  from seed_contact c cross join seed_ctx x cross join (values ('WA_ID'), ('PHONE')) k(kind);

-- One conversation per contact: 35% open, 10% pending, 5% snoozed, 50% resolved; two thirds assigned
-- (round robin over the agents, with their team), the rest unassigned.
create temporary table seed_conv as
select c.n, gen_random_uuid() as id, c.id as contact_id, c.last_at,
       case when c.n = 1 then 600 else 10 end as messages,
       case when c.n = 1 or c.n % 20 < 7 then 'OPEN' when c.n % 20 < 9 then 'PENDING'
            when c.n % 20 < 10 then 'SNOOZED' else 'RESOLVED' end as status,
       case when c.n % 3 = 0 then null else 1 + c.n % 50 end as agent
  from seed_contact c;

-- Messages: alternating in and out, 5 minutes apart, the newest at the contact's last activity. The
-- texts combine a topic, an order number and a few words, so searches for a word, a number or a
-- rare word ("zeppelin": one message in 1,000) have realistic hit counts.
create temporary table seed_msg as
select v.id as conversation_id, v.contact_id, v.n, i, gen_random_uuid() as id,
       case when i % 2 = 1 then 'IN' else 'OUT' end as direction,
       v.last_at - make_interval(mins => (v.messages - i) * 5) as at,
       (array['Hello, where is my order', 'Thanks, the parcel arrived but the box was damaged on order',
              'Can I return the shoes from order', 'Your refund for order', 'We shipped order',
              'Is there a discount code for order', 'The invoice is missing for order',
              'Please change the delivery address of order', 'My payment failed twice for order',
              'Your subscription renews soon, reference'])[1 + (v.n + i) % 10]
       || ' ' || (10000 + (v.n * 7 + i) % 90000)::text || '. '
       || (array['blue', 'green', 'small', 'large', 'express', 'weekend', 'tomorrow', 'warehouse', 'courier',
                 'voucher', 'receipt', 'exchange', 'size', 'colour', 'gift'])[1 + (v.n * 3 + i) % 15]
       || case when (v.n * 10 + i) % 1000 = 7 then ' zeppelin' else '' end as body
  from seed_conv v cross join lateral generate_series(1, v.messages) i;

insert into messaging_message (id, workspace_id, channel_id, contact_id, direction, type, content, raw,
                               provider_message_id, status, occurred_at, created_at, updated_at)
select m.id, x.workspace_id, x.channel_id, m.contact_id, m.direction, 'text',
       json_build_object('kind', 'text', 'body', m.body)::text,
       json_build_object('type', 'text', 'text', json_build_object('body', m.body))::text,
       'wamid.seed-' || m.n || '-' || m.i, case m.direction when 'IN' then 'RECEIVED' else 'READ' end,
       m.at, m.at, m.at
  from seed_msg m cross join seed_ctx x;

insert into inbox_conversation (id, workspace_id, contact_id, channel_id, active_key, status, snoozed_until,
                                snoozed_until_reply, priority, subject, assignee_id, team_id, unread_count,
                                last_message_id, last_message_type, last_direction, last_message_at,
                                created_at, updated_at, resolved_at)
select v.id, x.workspace_id, v.contact_id, x.channel_id,
       case when v.status = 'RESOLVED' then null else v.contact_id || ':' || x.channel_id end,
       v.status, null, v.status = 'SNOOZED',
       (array['NONE', 'NONE', 'LOW', 'MEDIUM', 'HIGH'])[1 + v.n % 5],
       case when v.n % 4 = 0 then (array['Delivery delay', 'Refund request', 'Wrong size', 'Invoice question'])[1 + v.n % 16 / 4] end,
       a.id, t.id, case when v.status = 'RESOLVED' then 0 else v.n % 4 end,
       last.id, 'text', last.direction, last.at,
       v.last_at - make_interval(mins => v.messages * 5), v.last_at,
       case when v.status = 'RESOLVED' then v.last_at end
  from seed_conv v cross join seed_ctx x
  left join seed_agent a on a.n = v.agent
  left join seed_team t on t.n = 1 + (a.n - 1) / 10
  join seed_msg last on last.conversation_id = v.id and last.i = v.messages;

insert into inbox_conversation_message (workspace_id, message_id, conversation_id, direction, occurred_at)
select x.workspace_id, m.id, m.conversation_id, m.direction, m.at from seed_msg m cross join seed_ctx x;

-- Labels on one conversation in five, a second label on one in fifteen.
insert into inbox_conversation_label (workspace_id, conversation_id, label)
select x.workspace_id, v.id, (array['billing', 'shipping', 'vip', 'returns', 'bug'])[1 + v.n / 5 % 5]
  from seed_conv v cross join seed_ctx x where v.n % 5 = 0
union all
select x.workspace_id, v.id, 'follow-up' from seed_conv v cross join seed_ctx x where v.n % 15 = 0;

analyze;
select (select count(*) from inbox_conversation) as conversations, (select count(*) from messaging_message) as messages,
       (select count(*) from workspace_member where role = 'AGENT') as agents;
