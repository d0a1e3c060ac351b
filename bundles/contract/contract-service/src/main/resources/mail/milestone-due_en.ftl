Subject: Milestone due: ${args[0]}, ${args[1]}

"${args[1]}" of contract ${args[0]} is due on ${args[2]}.

Open the contract: ${link}
