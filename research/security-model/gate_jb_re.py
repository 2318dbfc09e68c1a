import re
G=re.compile(r"\b(pretend\w*|role[- ]?pla\w*|act(ing)? as|persona|character|unfiltered|uncensored|unrestricted|jailbr\w*|dan|"
 r"no (rules|limits|restrictions|filters)|without (any )?(rules|limits|restrictions|filters)|hypothetical\w*|fiction\w*|imagine|"
 r"developer mode|god mode|evil|amoral|censor\w*|guardrails?|ethic\w*|moral\w*|safety)\b", re.I)
