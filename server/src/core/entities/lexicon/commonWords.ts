/**
 * Frequent English words. A capitalised one at the start of a sentence, or in a Title Case
 * headline, is an ordinary word and not a name (`Talks`, `Holds`, `Looking`). Weekdays and
 * months are here too: they are never entity names in news text.
 */

const COMMON = `
a about above according across after afterwards again against ago ahead all almost along already also although always
am among amid an and another any anyone anything anyway are around as at away back be became because become becomes been
before behind being below beside besides between beyond both but by can cannot could did do does doing done down during each
either else elsewhere enough even ever every everyone everything except far few first for former from further furthermore
had has have having he her here hers herself him himself his how however i if in indeed instead into is it its itself just
last later latter least less like likely many may me meanwhile might mine more moreover most mostly much must my myself near
nearly neither never nevertheless new next no nobody none nor not nothing now of off often on once one only onto or other
others otherwise our ours ourselves out over own per perhaps please quite rather really same several shall she should since
so some somehow someone something sometimes still such than that the their theirs them themselves then there thereby
therefore these they this those though through thus to together too toward towards under unless until up upon us very via
was we well were what whatever when whenever where whereas whether which while who whole whom whose why will with within
without would yet you your yours yourself yourselves
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow tonight
hold holds held meet meets met talk talks say says said tell tells told vow vows vowed urge urges urged call calls called
see sees saw seen make makes made take takes took taken give gives gave given get gets got go goes went come comes came
look looks looking looked find finds found show shows showed keep keeps kept turn turns turned help helps helped start
starts started win wins won lose loses lost set sets put puts run runs ran hit hits cut cuts rise rises rose fall falls fell
open opens opened close closes closed closer sign signs signed join joins joined visit visits visited hosts host hosted
attend attends attended agree agrees agreed back backs backed plan plans planned seek seeks sought push pushes pushed
warn warns warned slam slams slammed reject rejects rejected accept accepts accepted launch launches launched announce
announces announced approve approves approved boost boosts boosted pledge pledges pledged strengthen strengthening
promote promoting promotes deepen deepening deepens maintain maintained maintaining promise promised noting looking
speaking talking according following including regarding concerning considering during within after before
president presidents minister ministers leader leaders official officials people country countries nation nations world
government state states city cities party parties group groups year years day days week weeks month months time times
news report reports story stories video videos photo photos image images picture pictures update updated updates
copyright rights reserved contact us about home page print share email more related latest top most read live watch
listen subscribe login sign search menu english chinese section editor editors
close communication cooperation coordination relations relationship relation trade economy economic political policy
policies security development international national global regional local public private social cultural strategic
practical mutual joint bilateral multilateral major key main great good best better high higher low new old young early
late long short big small large whole full free fair true real important significant special general common central
natural gas oil energy power water food health medicine research science technology innovation education culture sport
sports art arts business market markets finance financial bank banks money price prices cost costs tax taxes budget
war peace crisis conflict attack attacks army military police court law laws rule rules right rights vote votes election
elections campaign poll polls result results deal deals agreement agreements talks summit meeting meetings conference
forum event events festival ceremony game games match team teams club player players season league cup final
north south east west northern southern eastern western central upper lower inner outer greater
road map way route line lines point points area areas field fields sector sectors industry industries company companies
firm firms service services product products project projects program programs programme programmes system systems
network networks center centre office offices house houses building school schools university students student children
child family families women men man woman girl boy friend friends life lives death deaths case cases number numbers part
parts side sides level levels rate rates growth change changes issue issues question questions problem problems answer
support efforts effort work works job jobs role roles plan plans process step steps action actions measures measure
purchase sale sales goods quality high-quality all-round win-win people-to-people back-to-back year-end one-china
strengthening promoting maintaining building making taking giving bringing keeping getting putting moving working
another once again other such every each either neither both few many much more most less least several
internet things thing everything something nothing anything
republicans democrats conservatives liberals socialists communists nationalists islamists greens
stop stops stopped end ends ended begin begins began note notes noted stress stresses stressed
however therefore moreover meanwhile furthermore nevertheless nonetheless otherwise hence thus also still even just only
yes no not never always sometimes often usually uh um hey
breaking exclusive analysis opinion editorial commentary feature interview interviews explainer brief briefs
video photos watch gallery live update updates full text transcript statement statements
spring summer autumn winter fall
station lunar research
`;

/** Lower-cased frequent English words. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON.split(/\s+/).filter(word => word.length > 0));

/** Months and weekdays, which break a name: `Putin Thursday`, `Nairobi Monday`. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
	('monday tuesday wednesday thursday friday saturday sunday '
		+ 'january february march april may june july august september october november december '
		+ 'jan feb mar apr jun jul aug sep sept oct nov dec')
		.split(' '),
);

/** Function words of other languages written in Latin script: `Le`, `La`, `Des`. A lone one is not a name. */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
	('le la les des du de da do dos das del della di el il lo los las un une et en au aux '
		+ 'der die das den dem und von van het een y e o').split(' '),
);
