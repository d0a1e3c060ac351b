Subject: 待您审批：${args[0]}

${args[0]} 等待您审批（审批节点：${args[1]}）。

打开“我的审批”：${link}
