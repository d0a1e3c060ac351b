Subject: Milestone late: ${args[0]}, ${args[1]}

"${args[1]}" of contract ${args[0]} was due on ${args[2]} and is not marked done.

Open the contract: ${link}
