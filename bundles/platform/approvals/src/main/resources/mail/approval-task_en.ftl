Subject: Waiting for your approval: ${args[0]}

${args[0]} waits for your approval (step: ${args[1]}).

Open "My approvals": ${link}
