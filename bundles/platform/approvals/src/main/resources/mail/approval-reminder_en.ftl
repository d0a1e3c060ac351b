Subject: Reminder: ${args[0]} still waits for your approval

${args[0]} has waited longer than its step allows (step: ${args[1]}).

Open "My approvals": ${link}
