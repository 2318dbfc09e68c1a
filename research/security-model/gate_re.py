import re
GATE=re.compile(r"\b(you|your|assistant|ai|model|chatbot|claude|gpt|instruction\w*|prompt\w*|rules?|guidelines?|polic(y|ies)|"
 r"restrict\w*|filter\w*|secret\w*|credential\w*|keys?|tokens?|env\w*|passwords?|passwd|ssh|aws|ignore\w*|disregard\w*|forget|"
 r"pretend|role\w*|act as|persona|unfiltered|uncensored|jailbr\w*|dan|system|developer|admin\w*|hidden|reveal\w*|override\w*)\b", re.I)
