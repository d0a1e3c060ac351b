Subject: 履约节点逾期：${args[0]} ${args[1]}

合同 ${args[0]} 的“${args[1]}”已于 ${args[2]} 到期，尚未标记完成。

打开合同：${link}
