Subject: Contract ending: ${args[0]} ${args[1]}

Contract ${args[0]} "${args[1]}" ends on ${args[2]}, in ${args[3]} days: renew it, or let it end.

Open the contract: ${link}
