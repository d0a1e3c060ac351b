Subject: 报价单 ${args[0]} 待您审批

${args[1]} 的报价单 ${args[0]} 待您审批：
${link}
