/**
 * Trigger words for PLOVER's material-conflict types (PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT),
 * in the same line format as lexicon.ts: lemma[ particle] | TYPE | mode | where[:condition].
 * Participles the tagger often reads as nouns ("abducted", "kidnapped") are listed as words of any part of speech.
 */
export const MATERIAL_CONFLICT_TRIGGERS = `
withdraw|SANCTION|withdraw|v:personnel
protest|PROTEST|demo|*
demonstration|PROTEST|demo|n
demonstrate|PROTEST|demo|v:intransitive
rally|PROTEST|demo|*:not-festive
march|PROTEST|demo|*:protest
gather|PROTEST|demo|v:protest
sit-in|PROTEST|demo|n
riot|PROTEST|riot|*
unrest|PROTEST|riot|n
strike|PROTEST|strike|n:strike
walkout|PROTEST|strike|n
boycott|PROTEST|boycott|*
blockade|PROTEST|obstruct|*
sanction|SANCTION||*:not-approval
embargo|SANCTION||*
expel|SANCTION|expel|v
expulsion|SANCTION|expel|n
convict|SANCTION|convict|v
sentence|SANCTION|convict|v
suspend|SANCTION|discontinue|v:not-staff
sever|SANCTION|discontinue|v
deploy|MOBILIZE|troops|v:military
deployment|MOBILIZE|troops|n:not-tour
mobilize|MOBILIZE|troops|v:military
mobilise|MOBILIZE|troops|v:military
mobilization|MOBILIZE|troops|n:military
dispatch|MOBILIZE|troops|v:troops-near
send|MOBILIZE|troops|v:troops-near
reinforce|MOBILIZE|troops|v:military
mass|MOBILIZE|troops|v:military
arrest|COERCE|arrest|*
detain|COERCE|arrest|v
detention|COERCE|arrest|n
confiscate|COERCE|seize|v
curfew|COERCE|curfew|n
crackdown|COERCE|restrict|n
censor|COERCE|censor|v
deport|COERCE|deport|v
deportation|COERCE|deport|n
raid|COERCE|seize|*
raid|ASSAULT|aerial|n:air
attack|ASSAULT||*
assault|ASSAULT||*
kill|ASSAULT||v
shoot|ASSAULT|firearms|v:not-film
shoot dead|ASSAULT|firearms|a
shot dead|ASSAULT|firearms|a
shot down|ASSAULT|firearms|a
shooting|ASSAULT|firearms|n:not-sport
gunfire|ASSAULT|firearms|n
fire|ASSAULT|firearms|v:munition
fire|ASSAULT|firearms|n:gunfire
shell|ASSAULT|heavy-weapons|v
shelling|ASSAULT|heavy-weapons|n
bomb|ASSAULT|explosives|v
bombing|ASSAULT|explosives|n
explosion|ASSAULT|explosives|n
blast|ASSAULT|explosives|n
airstrike|ASSAULT|aerial|n
strike|ASSAULT|aerial|n:air
ambush|ASSAULT||*
clash|ASSAULT||*
violence|ASSAULT||n
loot|ASSAULT|destroy|v
looting|ASSAULT|destroy|n
burning|ASSAULT|destroy|n:building
torch|ASSAULT|destroy|v
burn|ASSAULT|destroy|v:building
beat|ASSAULT|beat|v:people
torture|ASSAULT|torture|*
abduct|ASSAULT|abduct|v
kidnap|ASSAULT|abduct|v
abduction|ASSAULT|abduct|n
abducted|ASSAULT|abduct|a
kidnapped|ASSAULT|abduct|a
massacre|ASSAULT||*
stab|ASSAULT|primitive|v
throw|ASSAULT||v:thrown
hurl|ASSAULT||v:thrown
lob|ASSAULT||v:thrown
stabbing|ASSAULT|primitive|n
violate|ASSAULT||v:truce
block|PROTEST|obstruct|v:protest
occupy|PROTEST|obstruct|v:protest
picket|PROTEST|demo|*
sit - in|PROTEST|demo|a
take to the streets|PROTEST|demo|v
take to the street|PROTEST|demo|v
pour into the streets|PROTEST|demo|v
chant|PROTEST|demo|v
stop work|PROTEST|strike|v
suspension|SANCTION|discontinue|n
halt|SANCTION|discontinue|v
break off|SANCTION|discontinue|v
recall|SANCTION|withdraw|v:envoy
reduce|SANCTION|discontinue|v:aid
prohibit|SANCTION|discontinue|v
end|SANCTION|discontinue|v:mediation
force out|SANCTION|expel|v
alert|MOBILIZE|troops|n:military
strengthen|MOBILIZE|troops|v:military
outlaw|COERCE|restrict|v
ban|COERCE|restrict|*
prevent|PROTEST|obstruct|v:protesters
paralyse|PROTEST|obstruct|v:protesters
paralyze|PROTEST|obstruct|v:protesters
prevent|COERCE|restrict|v:from
state of emergency|COERCE|martial-law|n
martial law|COERCE|martial-law|n
siege|COERCE|martial-law|n:state
impose|COERCE|restrict|v:not-will
reimpose|COERCE|restrict|v:not-will
close|COERCE|restrict|v:border
hack|COERCE|cyber|v
set fire|ASSAULT|destroy|v
blow up|ASSAULT|explosives|v
assassinate|ASSAULT|targeted|v
assassination|ASSAULT|targeted|n
invasion|ASSAULT||n
invade|ASSAULT||v
abuse|ASSAULT|beat|v:not-office
fighting|ASSAULT||n
fight|ASSAULT||*:armed
offensive|ASSAULT||n:armed
cleansing|ASSAULT||n
execute|ASSAULT|targeted|v:not-plan
execution|ASSAULT|targeted|n:not-plan
grenade|ASSAULT|explosives|n
missile|ASSAULT|heavy-weapons|n:fired
rocket|ASSAULT|heavy-weapons|n:fired
mortar|ASSAULT|heavy-weapons|n:fired
shell|ASSAULT|heavy-weapons|n:fired
artillery|ASSAULT|heavy-weapons|n:fired
drone|ASSAULT|drone|n:attack-word
chemical|ASSAULT|unconventional|*:weapon
chlorine|ASSAULT|unconventional|n
sarin|ASSAULT|unconventional|n
suicide|ASSAULT|suicide-attack|n:bomb
wound|ASSAULT||v:not-phrasal
injure|ASSAULT||v
rape|ASSAULT|sexual|*
molest|ASSAULT|sexual|v
seize|COERCE|seize|v
hijack|COERCE|seize|v:not-computer
hijacking|COERCE|seize|n
commandeer|COERCE|seize|v
capture|COERCE|seize|v:not-recording
recapture|COERCE|seize|v
retake|COERCE|seize|v
regain|COERCE|seize|v:territory
overrun|COERCE|seize|v
take over|COERCE|seize|v:not-role
take control|COERCE|seize|v
gain control|COERCE|seize|v
gain ground|COERCE|seize|v
drive out|COERCE|seize|v
push back|COERCE|seize|v
free|COERCE|seize|v:territory
liberate|COERCE|seize|v:territory
defuse|COERCE|seize|v
dismantle|COERCE|seize|v:weapon
intercept|COERCE|seize|v
recover|COERCE|seize|v:weapon
discover|COERCE|seize|v:weapon
find|COERCE|seize|v:weapon
set up|MOBILIZE|troops|v:base
establish|MOBILIZE|troops|v:base
establish|MOBILIZE|troops|v:armed
set up|MOBILIZE|troops|v:armed
defect|MOBILIZE|militia|v
recruit|MOBILIZE|militia|v:armed-body
form|MOBILIZE|militia|v:armed-body
fortify|MOBILIZE|troops|v
move|MOBILIZE|troops|v:troops-near
forward|MOBILIZE|troops|v:military
station|MOBILIZE|troops|v:military
reinforcement|MOBILIZE|troops|n
disperse|ASSAULT|crowd-control|v:transitive
crush|ASSAULT|crowd-control|v:crowd
quell|ASSAULT|crowd-control|v:crowd
suppress|ASSAULT|crowd-control|v:crowd
break up|ASSAULT|crowd-control|v:crowd
put down|ASSAULT|crowd-control|v:crowd
tear gas|ASSAULT|crowd-control|n
lynch|ASSAULT|beat|v
vandalize|ASSAULT|destroy|v
destroy|ASSAULT|destroy|v:not-records
ransack|ASSAULT|destroy|v
storm|ASSAULT||v:territory
battle|ASSAULT||*:armed
gunbattle|ASSAULT|firearms|n
skirmish|ASSAULT|firearms|*
explode|ASSAULT|explosives|v:explosive
detonate|ASSAULT|explosives|v
blow|ASSAULT|explosives|v:bomb
ied|ASSAULT|explosives|n
landmine|ASSAULT|explosives|n
mine|ASSAULT|explosives|n:explode-word
call up|MOBILIZE|troops|v
jail|COERCE|arrest|v
imprison|COERCE|arrest|v
round up|COERCE|arrest|v
shut down|COERCE|restrict|v
behead|ASSAULT|targeted|v
cut ties|SANCTION|discontinue|v
`;
