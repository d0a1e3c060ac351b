Subject: <#if args[1] == "APPROVED">审批通过<#elseif args[1] == "REJECTED">审批驳回<#else>审批退回</#if>：${args[0]}

<#if args[1] == "APPROVED">${args[0]} 已审批通过。<#elseif args[1] == "REJECTED">${args[0]} 已被驳回，已恢复为您提交时的内容。<#else>${args[0]} 已被退回到之前的审批节点。</#if>
<#if args[2]?has_content>
原因：${args[2]}
</#if>

打开查看：${link}
